// Decodes N of the generated files with Garmin's JavaScript SDK (run from bench/garmin) and fails on
// any integrity or decode error; prints each file's first record time.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';

// Resolved from the working folder (bench/garmin), where the SDK is installed.
const require = createRequire(`${process.cwd()}/`);
const { Decoder, Stream } = await import(require.resolve('@garmin/fitsdk'));

const [dir, nArg] = process.argv.slice(2);
const names = readdirSync(dir).sort();
const step = Math.max(1, Math.floor(names.length / Number(nArg)));
for (let i = 0; i < names.length; i += step) {
  const decoder = new Decoder(Stream.fromBuffer(readFileSync(`${dir}/${names[i]}`)));
  if (!decoder.checkIntegrity()) throw new Error(`${names[i]}: integrity check failed`);
  const { messages, errors } = decoder.read();
  if (errors.length > 0) throw new Error(`${names[i]}: ${errors[0]}`);
  console.log(`garmin sdk: ${names[i]} ok, first record ${messages.recordMesgs?.[0]?.timestamp?.toISOString()}`);
}
