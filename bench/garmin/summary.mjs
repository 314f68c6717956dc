// Test-time oracle for the golden tests: Garmin's decoding of a FIT file, summarised.
// Usage: node summary.mjs FILE...  -> one JSON line per file:
// {"file","integrity","errors":[...],"records","heartRateRecords","powerRecords","firstRecordTime","lastRecordTime","lastDistance",
//  "timeCreated","sportMessage","sessions":[{"sport","startTime","totalElapsedTime","totalTimerTime","totalDistance"}]}
// Times are FIT seconds (since 1989-12-31T00:00:00Z); heart rate is merged from hr messages as the
// SDK does by default (mergeHeartRates).
import fs from 'node:fs';
import { Decoder, Stream } from '@garmin/fitsdk';

for (const file of process.argv.slice(2)) {
  const decoder = new Decoder(Stream.fromBuffer(fs.readFileSync(file)));
  const integrity = decoder.checkIntegrity();
  const { messages, errors } = decoder.read({ convertDateTimesToDates: false, convertTypesToStrings: false, mergeHeartRates: true });
  const records = messages.recordMesgs ?? [];
  const timed = records.filter(r => r.timestamp != null).map(r => r.timestamp);
  const sessions = (messages.sessionMesgs ?? []).map(s => ({
    sport: s.sport ?? null,
    startTime: s.startTime ?? null,
    totalElapsedTime: s.totalElapsedTime ?? null,
    totalTimerTime: s.totalTimerTime ?? null,
    totalDistance: s.totalDistance ?? null,
  }));
  process.stdout.write(JSON.stringify({
    file: file.split('/').pop(),
    integrity,
    errors: errors.map(e => String(e.message ?? e)),
    records: records.length,
    heartRateRecords: records.filter(r => r.heartRate != null).length,
    powerRecords: records.filter(r => r.power != null).length,
    firstRecordTime: timed.length ? timed[0] : null,
    lastRecordTime: timed.length ? timed[timed.length - 1] : null,
    lastDistance: records.filter(r => r.distance != null).map(r => r.distance).pop() ?? null,
    timeCreated: messages.fileIdMesgs?.[0]?.timeCreated ?? null,
    sportMessage: messages.sportMesgs?.[0]?.sport ?? null,
    sessions,
  }) + '\n');
}
