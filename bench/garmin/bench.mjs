// Decodes the given FIT files round-robin with Garmin's SDK (default read options) for a fixed time
// after a warm-up. Usage: node bench.mjs [--seconds N] FILE...   Last line: "total <MB/s> <records/s>".
import fs from 'node:fs';
import { Decoder, Stream } from '@garmin/fitsdk';

let seconds = 5;
const paths = [];
for (let i = 2; i < process.argv.length; i++) {
  if (process.argv[i] === '--seconds') seconds = Number(process.argv[++i]);
  else paths.push(process.argv[i]);
}
const files = paths.map(p => fs.readFileSync(p));

function decode(buf) {
  const decoder = new Decoder(Stream.fromBuffer(buf));
  const { messages, errors } = decoder.read();
  if (errors.length > 0) throw new Error(String(errors[0]));
  return messages.recordMesgs?.length ?? 0;
}

const warmUpEnd = performance.now() + Math.min(2, seconds / 2) * 1000;
while (performance.now() < warmUpEnd) for (const f of files) decode(f);

let bytes = 0, records = 0, rounds = 0;
const start = performance.now();
while ((performance.now() - start) / 1000 < seconds) {
  for (const f of files) { records += decode(f); bytes += f.length; }
  rounds++;
}
const elapsed = (performance.now() - start) / 1000;
console.log(`garmin: ${files.length} files, ${rounds} rounds, ${elapsed.toFixed(2)} s`);
console.log(`total ${(bytes / elapsed / 1e6).toFixed(2)} ${(records / elapsed).toFixed(0)}`);
