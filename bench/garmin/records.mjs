// Dev/test-time oracle: prints Garmin's decoding of a FIT file's record messages as JSON (heart rate
// from hr messages merged into the records, as the SDK does by default and as Footfall does).
// Usage: node records.mjs FILE  -> {"integrity":bool,"errors":[...],"records":[{t,lat,lon,distance,speed,heartRate,cadence,fractionalCadence}]}
import fs from 'node:fs';
import { Decoder, Stream } from '@garmin/fitsdk';

const buf = fs.readFileSync(process.argv[2]);
const stream = Stream.fromBuffer(buf);
const decoder = new Decoder(stream);
const integrity = decoder.checkIntegrity();
const { messages, errors } = decoder.read({ convertDateTimesToDates: false, convertTypesToStrings: false, mergeHeartRates: true });
const records = (messages.recordMesgs ?? []).map(r => ({
  t: r.timestamp ?? null,
  lat: r.positionLat ?? null,
  lon: r.positionLong ?? null,
  distance: r.distance ?? null,
  speed: r.enhancedSpeed ?? r.speed ?? null,
  heartRate: r.heartRate ?? null,
  cadence: r.cadence ?? null,
  fractionalCadence: r.fractionalCadence ?? null,
}));
process.stdout.write(JSON.stringify({ integrity, errors: errors.map(e => String(e.message ?? e)), records }));
