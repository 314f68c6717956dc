// Writes a synthetic running history by re-timing real FIT files: every absolute timestamp
// (field 253 of any message, file_id.time_created, lap/session start_time, activity local_timestamp)
// is shifted by the same multiple of 32 s, which keeps compressed-timestamp headers valid, and the
// file CRC is recomputed. No encoder of ours is involved.
// Usage: node retime-fit.mjs OUTDIR COUNT RUNS_PER_WEEK BASE.fit [BASE.fit ...]
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename } from 'node:path';

const [outDir, countArg, perWeekArg, ...bases] = process.argv.slice(2);
const count = Number(countArg);
const perWeek = Number(perWeekArg);
const FIT_EPOCH = 631065600; // 1989-12-31T00:00:00Z in Unix seconds
const CRC_TABLE = [0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
  0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400];

function crc16(bytes, start, end) {
  let crc = 0;
  for (let i = start; i < end; i++) {
    const b = bytes[i];
    let tmp = CRC_TABLE[crc & 0xF]; crc = (crc >> 4) & 0x0FFF; crc = crc ^ tmp ^ CRC_TABLE[b & 0xF];
    tmp = CRC_TABLE[crc & 0xF]; crc = (crc >> 4) & 0x0FFF; crc = crc ^ tmp ^ CRC_TABLE[(b >> 4) & 0xF];
  }
  return crc;
}

// date_time fields other than 253, by global message number.
const DATE_FIELDS = { 0: [4], 18: [2], 19: [2], 34: [5] };

// Finds the byte offsets of every absolute uint32 timestamp and the chained files' extents.
function scan(buf) {
  const stamps = [];
  const files = [];
  let pos = 0;
  while (pos + 12 <= buf.length) {
    const headerSize = buf[pos];
    const dataSize = buf.readUInt32LE(pos + 4);
    const start = pos;
    let p = pos + headerSize;
    const end = p + dataSize;
    const defs = new Map();
    while (p < end) {
      const h = buf[p++];
      if (h & 0x80) {
        const def = defs.get((h >> 5) & 0x3);
        p = data(def, p);
      } else if (h & 0x40) {
        const local = h & 0xF;
        const little = buf[p + 1] === 0;
        const global = little ? buf.readUInt16LE(p + 2) : buf.readUInt16BE(p + 2);
        const n = buf[p + 4];
        p += 5;
        const fields = [];
        for (let i = 0; i < n; i++, p += 3) fields.push({ num: buf[p], size: buf[p + 1] });
        let devSize = 0;
        if (h & 0x20) {
          const nd = buf[p++];
          for (let i = 0; i < nd; i++, p += 3) devSize += buf[p + 1];
        }
        defs.set(local, { global, little, fields, devSize });
      } else {
        p = data(defs.get(h & 0xF), p);
      }
    }
    function data(def, q) {
      const dates = DATE_FIELDS[def.global] ?? [];
      for (const f of def.fields) {
        if (f.size === 4 && (f.num === 253 || dates.includes(f.num))) stamps.push({ at: q, little: def.little });
        q += f.size;
      }
      return q + def.devSize;
    }
    files.push({ start, end });
    pos = end + 2;
  }
  return { stamps, files };
}

function firstTime(buf, stamps) {
  for (const s of stamps) {
    const v = s.little ? buf.readUInt32LE(s.at) : buf.readUInt32BE(s.at);
    if (v >= 0x10000000 && v !== 0xFFFFFFFF) return v;
  }
  throw new Error('no timestamp');
}

const templates = bases.map(path => {
  const buf = readFileSync(path);
  const { stamps, files } = scan(buf);
  return { name: basename(path, '.fit'), buf, stamps, files, start: firstTime(buf, stamps) };
});

mkdirSync(outDir, { recursive: true });
// Deterministic pseudo-random numbers, so every run of the benchmark writes the same history.
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const days = Math.ceil(count / perWeek * 7);
const firstDay = Math.floor(Date.UTC(2016, 0, 4) / 1000);
let bytes = 0;
for (let i = 0; i < count; i++) {
  const t = templates[i % templates.length];
  const day = Math.floor(i * days / count);
  const target = firstDay + day * 86400 + 6 * 3600 + Math.floor(random() * 12 * 3600) - FIT_EPOCH;
  const delta = Math.round((target - t.start) / 32) * 32;
  const out = Buffer.from(t.buf);
  for (const s of t.stamps) {
    const v = s.little ? out.readUInt32LE(s.at) : out.readUInt32BE(s.at);
    if (v < 0x10000000 || v === 0xFFFFFFFF) continue;
    if (s.little) out.writeUInt32LE(v + delta, s.at); else out.writeUInt32BE(v + delta, s.at);
  }
  for (const f of t.files) out.writeUInt16LE(crc16(out, f.start, f.end), f.end);
  writeFileSync(`${outDir}/${String(i).padStart(5, '0')}-${t.name}.fit`, out);
  bytes += out.length;
}
console.log(`wrote ${count} files, ${(bytes / 1e6).toFixed(1)} MB, ${days} days`);
