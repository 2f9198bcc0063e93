import 'ol/ol.css';
import './style.css';
import Map from 'ol/Map';
import View from 'ol/View';
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import GeoJSON from 'ol/format/GeoJSON';
import { Circle, Fill, Stroke, Style, Text } from 'ol/style';
import { ScaleLine, defaults as defaultControls, Attribution } from 'ol/control';
import type { FeatureLike } from 'ol/Feature';
import type Feature from 'ol/Feature';

/** A GeoJSON area summary as the coverage API returns it. */
interface AreaSummary {
  id: string;
  name: string;
  communities: number;
  covered_communities: number;
  population: number;
  covered_population: number;
  coverage_rate: number;
  straight_line_coverage_rate: number;
}

interface CoverageResponse {
  kind: string;
  mode: string;
  minutes: number;
  facilities: number;
  standard_meters: number | null;
  straight_line_radius_meters: number;
  district: AreaSummary;
  streets: AreaSummary[];
  zones: AreaSummary[];
  uncovered: { code: string; name: string; population: number }[];
  communities: object;
}

const KINDS: Record<string, { name: string; color: string }> = {
  'kindergarten': { name: '幼儿园', color: '#f28e2b' },
  'primary-school': { name: '小学', color: '#e15759' },
  'junior-middle-school': { name: '初中', color: '#b07aa1' },
  'senior-high-school': { name: '高中', color: '#76448a' },
  'hospital': { name: '医院', color: '#c0392b' },
  'community-health-center': { name: '社区卫生服务中心', color: '#d35400' },
  'community-health-station': { name: '社区卫生服务站', color: '#e67e22' },
  'elderly-care': { name: '养老设施', color: '#8c564b' },
  'sports': { name: '体育设施', color: '#17becf' },
  'park': { name: '公园', color: '#2ca02c' },
  'parking': { name: '公共停车场', color: '#4e79a7' },
};

const ROAD_CLASSES: Record<string, { name: string; color: string; width: number; on: boolean }> = {
  expressway: { name: '快速路', color: '#c0392b', width: 3.5, on: true },
  arterial: { name: '主干路', color: '#e67e22', width: 2.6, on: true },
  secondary: { name: '次干路', color: '#f1c40f', width: 1.8, on: true },
  branch: { name: '支路', color: '#bbbbbb', width: 1.2, on: false },
  local: { name: '街坊路（示意）', color: '#d5d5d5', width: 0.8, on: false },
};

const ACCURACY: Record<string, string> = { official: '官方', reference: '参考', approximate: '近似', synthetic: '示意' };

const PROPERTY_NAMES: Record<string, string> = {
  name: '名称', code: '代码', kind: '类型', class: '道路等级', capacity: '规模', capacity_unit: '单位', status: '状态',
  population: '人口', households: '户数', street_code: '街道代码', skeleton: '七横九纵', bridge: '桥梁', walkable: '可步行',
  medical_circle: '急救圈', shortage_area: '短缺片区', area_m2: '面积（平方米）', river: '河流', parts: '组成',
  suitable_kinds: '适建设施', minutes: '用时（分钟）', metres: '距离（米）', covered: '已覆盖', nearest_facility: '最近设施',
};

const format = new GeoJSON({ dataProjection: 'EPSG:4326', featureProjection: 'EPSG:3857' });
const statusEl = document.getElementById('status')!;
const layersEl = document.getElementById('layers')!;

function text(label: string, size = 12, color = '#333'): Text {
  return new Text({ text: label, font: `${size}px "WenQuanYi Micro Hei", sans-serif`, fill: new Fill({ color }), stroke: new Stroke({ color: '#fff', width: 3 }), overflow: true });
}

const map = new Map({
  target: 'map',
  controls: defaultControls({ attribution: false }).extend([new ScaleLine({ units: 'metric' }), new Attribution({ collapsible: false })]),
  view: new View({ center: [12720000, 3575000], zoom: 12, maxZoom: 19 }),
});

const sources: Record<string, VectorSource> = {};
function source(id: string): VectorSource {
  if (!sources[id]) {
    const attributions = id === 'roads' ? '道路：© OpenStreetMap contributors (ODbL)' : undefined;
    sources[id] = new VectorSource({ attributions });
  }
  return sources[id];
}

interface LayerSpec { group: string; title: string; collection: string; style: (f: FeatureLike, resolution: number) => Style | Style[] | undefined; on: boolean; color: string; z: number }

const specs: LayerSpec[] = [
  { group: '规划', title: '功能分区（四区）', collection: 'zones', on: true, color: '#9b59b6', z: 2,
    style: (f) => new Style({ fill: new Fill({ color: 'rgba(155, 89, 182, 0.10)' }), stroke: new Stroke({ color: '#8e44ad', width: 2, lineDash: [6, 4] }), text: text(String(f.get('name')), 14, '#6c3483') }) },
  { group: '规划', title: '两带', collection: 'belts', on: false, color: '#16a085', z: 2,
    style: () => new Style({ fill: new Fill({ color: 'rgba(22, 160, 133, 0.15)' }), stroke: new Stroke({ color: '#16a085', width: 1 }) }) },
  { group: '基础', title: '区界', collection: 'district', on: true, color: '#2c3e50', z: 5,
    style: () => new Style({ stroke: new Stroke({ color: '#2c3e50', width: 2.5 }) }) },
  { group: '基础', title: '街道', collection: 'streets', on: false, color: '#7f8c8d', z: 3,
    style: (f, r) => new Style({ stroke: new Stroke({ color: '#7f8c8d', width: 1, lineDash: [3, 3] }), text: r < 40 ? text(String(f.get('name')), 12, '#555') : undefined }) },
  { group: '基础', title: '水系', collection: 'water', on: true, color: '#5dade2', z: 1,
    style: (f) => new Style({ fill: new Fill({ color: '#a9cce3' }), stroke: new Stroke({ color: '#5dade2', width: 1 }), text: f.get('kind') === 'lake' ? text(String(f.get('name')), 12, '#1b4f72') : undefined }) },
  { group: '基础', title: '社区（示意位置）', collection: 'communities', on: true, color: '#34495e', z: 7,
    style: (f) => new Style({ image: new Circle({ radius: Math.max(3, Math.sqrt(Number(f.get('population')) / 600)), fill: new Fill({ color: 'rgba(52, 73, 94, 0.55)' }), stroke: new Stroke({ color: '#fff', width: 1 }) }) }) },
];
for (const [cls, spec] of Object.entries(ROAD_CLASSES)) {
  specs.push({ group: '道路', title: spec.name, collection: 'roads', on: spec.on, color: spec.color, z: 4,
    style: (f) => {
      if (f.get('class') !== cls) return undefined;
      const skeleton = f.get('skeleton') !== null && f.get('skeleton') !== undefined;
      return new Style({ stroke: new Stroke({ color: f.get('bridge') ? '#34495e' : spec.color, width: spec.width + (skeleton ? 1 : 0), lineDash: f.get('status') === 'planned' ? [8, 6] : undefined }) });
    } });
}
for (const [kind, spec] of Object.entries(KINDS)) {
  const on = ['primary-school', 'hospital', 'community-health-center'].includes(kind);
  specs.push({ group: '设施', title: spec.name, collection: 'facilities', on, color: spec.color, z: 8,
    style: (f) => f.get('kind') !== kind ? undefined : new Style({
      image: new Circle({ radius: f.get('medical_circle') ? 8 : 5, fill: new Fill({ color: spec.color }), stroke: new Stroke({ color: f.get('accuracy') === 'synthetic' ? '#fff' : '#000', width: 1.5 }) }) }) });
}
specs.push({ group: '设施', title: '备选地块（示意）', collection: 'candidate-sites', on: false, color: '#000000', z: 8,
  style: () => new Style({ image: new Circle({ radius: 5, fill: new Fill({ color: 'rgba(255,255,255,0.8)' }), stroke: new Stroke({ color: '#000', width: 2 }) }) }) });

const groups: Record<string, HTMLElement> = {};
const layerFor: VectorLayer[] = [];
for (const spec of specs) {
  const layer = new VectorLayer({ source: source(spec.collection), style: spec.style, visible: spec.on, zIndex: spec.z, declutter: spec.collection === 'zones' || spec.collection === 'streets' });
  layer.set('collection', spec.collection);
  map.addLayer(layer);
  layerFor.push(layer);
  if (!groups[spec.group]) {
    const h = document.createElement('h3');
    h.textContent = spec.group;
    layersEl.appendChild(h);
    groups[spec.group] = layersEl;
  }
  const label = document.createElement('label');
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.checked = spec.on;
  box.dataset.collection = spec.collection;
  box.dataset.title = spec.title;
  box.addEventListener('change', () => layer.setVisible(box.checked));
  const swatch = document.createElement('span');
  swatch.className = 'swatch';
  swatch.style.background = spec.color;
  const count = document.createElement('span');
  count.className = 'count';
  label.append(box, swatch, document.createTextNode(spec.title + ' '), count);
  layersEl.appendChild(label);
  layer.set('countElement', count);
  layer.set('checkbox', box);
  layer.set('spec', spec);
}

async function loadCollection(id: string): Promise<number> {
  const response = await fetch(`ogc/collections/${id}/items?limit=10000`);
  if (!response.ok) throw new Error(`${id}: HTTP ${response.status}`);
  const features = format.readFeatures(await response.json()) as Feature[];
  source(id).addFeatures(features);
  return features.length;
}

async function loadAll(): Promise<void> {
  const ids = [...new Set(specs.map((s) => s.collection))];
  const counts = await Promise.all(ids.map(async (id) => [id, await loadCollection(id)] as const));
  for (const layer of layerFor) {
    const spec = layer.get('spec') as LayerSpec;
    const n = source(spec.collection).getFeatures().filter((f) => spec.style(f, 1) !== undefined).length;
    (layer.get('countElement') as HTMLElement).textContent = `(${n})`;
    (layer.get('checkbox') as HTMLInputElement).dataset.featureCount = String(n);
  }
  const district = source('district').getExtent();
  if (district) map.getView().fit(district, { padding: [20, 20, 20, 20] });
  const total = counts.reduce((a, [, n]) => a + n, 0);
  statusEl.textContent = `已加载 ${ids.length} 个图层，${total} 个要素`;
  statusEl.dataset.layers = String(ids.length);
}

// ---------------------------------------------------------------- popup
const popup = document.getElementById('popup')!;
map.on('pointermove', (event) => {
  const hit = map.forEachFeatureAtPixel(event.pixel, (f) => f, { hitTolerance: 4 });
  if (!hit) { popup.hidden = true; return; }
  const props = hit.getProperties();
  const rows = Object.entries(props)
    .filter(([k, v]) => PROPERTY_NAMES[k] && k !== 'name' && v !== null && v !== undefined && v !== '')
    .map(([k, v]) => `<div>${PROPERTY_NAMES[k]}：${escape(k === 'kind' && KINDS[String(v)] ? KINDS[String(v)].name : k === 'class' && ROAD_CLASSES[String(v)] ? ROAD_CLASSES[String(v)].name : Array.isArray(v) ? v.join('、') : String(v))}</div>`);
  const accuracy = props.accuracy ? `<div class="accuracy">数据精度：${ACCURACY[String(props.accuracy)] ?? props.accuracy}；来源：${escape(String(props.source ?? ''))}</div>` : '';
  popup.innerHTML = `<div class="title">${escape(String(props.name ?? ''))}</div>${rows.join('')}${accuracy}`;
  popup.style.left = `${event.pixel[0] + 345}px`;
  popup.style.top = `${event.pixel[1] + 50}px`;
  popup.hidden = false;
});

function escape(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]!));
}

// ---------------------------------------------------------------- coverage
const kindSelect = document.getElementById('kind') as HTMLSelectElement;
for (const [kind, spec] of Object.entries(KINDS)) {
  const option = document.createElement('option');
  option.value = kind;
  option.textContent = spec.name;
  kindSelect.appendChild(option);
}
kindSelect.value = 'primary-school';

const circlesSource = new VectorSource();
map.addLayer(new VectorLayer({ source: circlesSource, zIndex: 3, style: (f) => f.get('dissolved')
  ? new Style({ fill: new Fill({ color: 'rgba(39, 174, 96, 0.18)' }), stroke: new Stroke({ color: '#27ae60', width: 1.5 }) })
  : new Style({ stroke: new Stroke({ color: 'rgba(39, 174, 96, 0.5)', width: 0.8 }) }) }));
const coveredSource = new VectorSource();
map.addLayer(new VectorLayer({ source: coveredSource, zIndex: 9, style: (f) => new Style({
  image: new Circle({ radius: Math.max(4, Math.sqrt(Number(f.get('population')) / 500)), fill: new Fill({ color: f.get('covered') ? '#27ae60' : '#e74c3c' }), stroke: new Stroke({ color: '#fff', width: 1.5 }) }) }) }));

const form = document.getElementById('coverage-form') as HTMLFormElement;
const errorEl = document.getElementById('coverage-error')!;
const resultEl = document.getElementById('coverage-result')!;
const runButton = document.getElementById('run') as HTMLButtonElement;

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const kind = kindSelect.value;
  const mode = (document.getElementById('mode') as HTMLSelectElement).value;
  const minutes = (document.getElementById('minutes') as HTMLInputElement).value;
  const query = `kind=${encodeURIComponent(kind)}&mode=${encodeURIComponent(mode)}&minutes=${encodeURIComponent(minutes)}`;
  errorEl.hidden = true;
  runButton.disabled = true;
  runButton.textContent = '计算中…';
  statusEl.textContent = '覆盖分析计算中…';
  try {
    const [coverage, circles] = await Promise.all([fetch(`api/coverage?${query}`), fetch(`api/isochrones?${query}`)]);
    if (!coverage.ok) {
      const problem = await coverage.json().catch(() => ({ title: `HTTP ${coverage.status}` }));
      throw new Error(`${problem.title ?? ''}：${problem.detail ?? ''}`);
    }
    const data = (await coverage.json()) as CoverageResponse;
    coveredSource.clear();
    coveredSource.addFeatures(format.readFeatures(data.communities) as Feature[]);
    circlesSource.clear();
    if (circles.ok) circlesSource.addFeatures(format.readFeatures(await circles.json()) as Feature[]);
    showResult(data);
    const rate = (data.district.coverage_rate * 100).toFixed(1);
    statusEl.textContent = `覆盖分析完成：${KINDS[data.kind].name} ${modeName(data.mode)} ${data.minutes} 分钟，覆盖率 ${rate}%`;
  } catch (e) {
    errorEl.textContent = `无法计算：${(e as Error).message}`;
    errorEl.hidden = false;
    statusEl.textContent = '覆盖分析失败';
  } finally {
    runButton.disabled = false;
    runButton.textContent = '计算';
  }
});

function modeName(mode: string): string {
  if (mode.startsWith('walk-3')) return '慢行';
  if (mode.startsWith('walk')) return '步行';
  return mode === 'drive-peak' ? '高峰驾车' : '驾车';
}

function showResult(data: CoverageResponse): void {
  const d = data.district;
  const standard = data.standard_meters ? `；国标服务半径 ${data.standard_meters} 米` : '';
  resultEl.innerHTML = `
    <div class="summary">${data.facilities} 处${KINDS[data.kind].name}，全区覆盖率 <b>${(d.coverage_rate * 100).toFixed(1)}%</b>
      （${d.covered_population.toLocaleString('zh-CN')} / ${d.population.toLocaleString('zh-CN')} 人）<br/>
      若按直线距离 ${Math.round(data.straight_line_radius_meters)} 米圆圈计算则为 ${(d.straight_line_coverage_rate * 100).toFixed(1)}%${standard}</div>
    <h3>各街道覆盖率（绿：路网；灰：直线）</h3>${bars(data.streets)}
    <h3>各功能分区覆盖率</h3>${bars(data.zones)}
    <h3>未覆盖社区（${data.uncovered.length} 个，按人口）</h3>
    <ol class="uncovered">${[...data.uncovered].sort((a, b) => b.population - a.population).map((c) => `<li>${escape(c.name)}（${c.population.toLocaleString('zh-CN')} 人）</li>`).join('')}</ol>`;
}

function bars(areas: AreaSummary[]): string {
  const row = 20;
  const width = 300;
  const label = 96;
  const scale = width - label - 40;
  const items = areas.map((a, i) => {
    const y = i * row;
    const net = a.coverage_rate * scale;
    const straight = a.straight_line_coverage_rate * scale;
    return `<text x="0" y="${y + 13}">${escape(a.name)}</text>
      <rect x="${label}" y="${y + 3}" width="${straight.toFixed(1)}" height="14" fill="#d0d0d0"></rect>
      <rect x="${label}" y="${y + 6}" width="${net.toFixed(1)}" height="8" fill="#27ae60"></rect>
      <text x="${label + scale + 4}" y="${y + 13}">${(a.coverage_rate * 100).toFixed(0)}%</text>`;
  });
  return `<svg class="bars" viewBox="0 0 ${width} ${areas.length * row}" role="img">${items.join('')}</svg>`;
}

// A link such as ?kind=primary-school&mode=walk&minutes=10 opens the map with that analysis run (shareable views).
async function start(): Promise<void> {
  await loadAll();
  const params = new URLSearchParams(window.location.search);
  const kind = params.get('kind');
  if (kind) {
    kindSelect.value = kind;
    (document.getElementById('mode') as HTMLSelectElement).value = params.get('mode') ?? 'walk';
    (document.getElementById('minutes') as HTMLInputElement).value = params.get('minutes') ?? '10';
    form.requestSubmit();
  }
}

start().catch((e: Error) => { statusEl.textContent = `图层加载失败：${e.message}`; });
