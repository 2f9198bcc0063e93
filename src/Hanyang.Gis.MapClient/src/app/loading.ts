// Reads every collection of the OGC API into the shared layers, publishing each layer-panel entry's count
// ('layer-count') and, when all are in, 'layers-loaded'; the status line tells how it went.
import type Feature from 'ol/Feature.js';
import type { LineString } from 'ol/geom.js';
import { fetchCollection, fetchCount, fetchRoads } from '../api';
import type { GeoJsonFeatureCollection } from '../api-types';
import { COLLECTIONS, COLLECTION_ZH, FACILITY_KINDS, ROAD_GROUPS, type CollectionId } from '../catalog';
import { longestOfEachGroup } from '../logic/rules';
import { readFeatures, type VLayer } from '../map';
import type { AppContext } from './context';
import { setDistrictName } from './district-name';

const OGC_ROAD_CLASSES = ROAD_GROUPS.filter((g) => !g.tiles).flatMap((g) => g.classes);
const TILED_ROAD_CLASSES = ROAD_GROUPS.filter((g) => g.tiles).flatMap((g) => g.classes);

function put(layer: VLayer, features: Feature[]): void {
  const src = layer.getSource()!;
  src.clear();
  src.addFeatures(features);
}

/** Roads go to their class group's layer; the 七横九纵 skeleton gets its own, labelled once per road. */
function putRoads(ctx: AppContext, features: Feature[]): void {
  const count = (id: string, n: number) => ctx.bus.emit('layer-count', { id, count: n });
  for (const g of ROAD_GROUPS.filter((x) => !x.tiles)) {
    const classes = new Set<string>(g.classes);
    const mine = features.filter((f) => classes.has(String(f.get('class'))));
    put(ctx.layers.roads.get(g.id)!, mine);
    count(`roads:${g.id}`, mine.length);
  }
  const skeleton = features.filter((f) => f.get('skeleton'));
  const labelAt = longestOfEachGroup(skeleton.map((f) => ({ group: `${f.get('skeleton')}|${f.get('name')}`, length: (f.getGeometry() as LineString).getLength() })));
  skeleton.forEach((f, i) => f.set('skeleton_label', labelAt.has(i), true));
  put(ctx.layers.skeleton, skeleton);
  count('roads:skeleton', skeleton.length);
}

function load(ctx: AppContext, id: CollectionId, fc: GeoJsonFeatureCollection): number {
  const { layers, bus } = ctx;
  const features = readFeatures(fc);
  const count = (entry: string, n: number) => bus.emit('layer-count', { id: entry, count: n });
  switch (id) {
    case 'district': {
      put(layers.district, features);
      const extent = layers.district.getSource()!.getExtent();
      if (features.length > 0 && extent) ctx.view.setDistrictExtent(extent);
      setDistrictName(features[0]?.get('name') as string | undefined);
      count('district', features.length);
      break;
    }
    case 'streets':
    case 'communities':
    case 'water':
    case 'zones':
    case 'belts':
      put(layers[id], features);
      count(id, features.length);
      break;
    case 'roads':
      putRoads(ctx, features);
      break;
    case 'facilities':
      for (const k of FACILITY_KINDS) {
        const mine = features.filter((f) => f.get('kind') === k);
        put(layers.facilities.get(k)!, mine);
        count(`facilities:${k}`, mine.length);
      }
      break;
    case 'candidate-sites':
      put(layers.sites, features);
      count('candidate-sites', features.length);
      break;
  }
  return features.length;
}

function failCounts(ctx: AppContext, id: CollectionId): void {
  const fail = (entry: string) => ctx.bus.emit('layer-count', { id: entry, count: null, failed: true });
  if (id === 'roads') {
    ROAD_GROUPS.forEach((g) => fail(`roads:${g.id}`));
    fail('roads:skeleton');
  } else if (id === 'facilities') {
    FACILITY_KINDS.forEach((k) => fail(`facilities:${k}`));
  } else {
    fail(id);
  }
}

/** Reads one collection into its layers; the tiled road classes are counted, not downloaded. */
async function loadOne(ctx: AppContext, id: CollectionId, counts: Record<string, number>): Promise<void> {
  const fc = id === 'roads' ? await fetchRoads(OGC_ROAD_CLASSES) : await fetchCollection(id);
  counts[id] = load(ctx, id, fc);
  if (id === 'roads') {
    // The tiled classes are not downloaded: their count is what the OGC API says it holds.
    const tiled = (await Promise.all(TILED_ROAD_CLASSES.map((c) => fetchCount('roads', { class: c })))).reduce((a, b) => a + b, 0);
    ROAD_GROUPS.filter((g) => g.tiles).forEach((g) => ctx.bus.emit('layer-count', { id: `roads:${g.id}`, count: tiled }));
  }
}

function reportLoaded(ctx: AppContext, loaded: CollectionId[], failed: { id: CollectionId; message: string }[], counts: Record<string, number>): void {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const data = {
    loadedLayers: String(loaded.length),
    failedLayers: String(failed.length),
    featureCount: String(total),
    ...Object.fromEntries(COLLECTIONS.map((id) => [`count${id.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase())}`, String(counts[id] ?? 0)])),
  };
  if (failed.length === 0) {
    ctx.setStatus(`已加载 ${loaded.length} 个图层（${total.toLocaleString('zh-CN')} 个要素）`, 'ready', data);
  } else {
    const names = failed.map((f) => COLLECTION_ZH[f.id]).join('、');
    ctx.setStatus(`已加载 ${loaded.length} 个图层，${failed.length} 个加载失败：${names}（${failed[0]!.message}）`, loaded.length > 0 ? 'partial' : 'error', data);
  }
}

/** Reads every collection in parallel, then fits the district and publishes 'layers-loaded'. */
export async function loadLayers(ctx: AppContext): Promise<void> {
  let done = 0;
  const loaded: CollectionId[] = [];
  const failed: { id: CollectionId; message: string }[] = [];
  const counts: Record<string, number> = {};
  ctx.setStatus(`正在加载图层…（0/${COLLECTIONS.length}）`, 'loading');
  await Promise.all(
    COLLECTIONS.map(async (id) => {
      try {
        await loadOne(ctx, id, counts);
        loaded.push(id);
        if (id === 'district') ctx.view.fitDistrict();
      } catch (e) {
        failed.push({ id, message: e instanceof Error ? e.message : String(e) });
        failCounts(ctx, id);
        console.error(`layer ${id} failed`, e);
      } finally {
        done++;
        if (done < COLLECTIONS.length) ctx.setStatus(`正在加载图层…（${done}/${COLLECTIONS.length}）`, 'loading');
      }
    }),
  );
  ctx.view.fitDistrict();
  reportLoaded(ctx, loaded, failed, counts);
  ctx.bus.emit('layers-loaded');
}
