// 选址: where the next schools, kindergartens or car parks should go (/api/siting), drawn on the map with
// coverage before → after by street; clicking the map can add candidate points of the planner's own.
import Feature from 'ol/Feature.js';
import Point from 'ol/geom/Point.js';
import { toLonLat } from 'ol/proj.js';
import type { AppContext } from '../../app/context';
import { fetchSiting } from '../../api';
import type { SitingResult } from '../../api-types';
import { esc, int, pct } from '../../logic/format';
import { defaultMinutes } from '../../logic/scenarios';
import { changeFromPrevious, defaultCount, sitingQuery, type RunSummary, type SitingForm } from '../../logic/siting';
import { readFeatures } from '../../map';
import { renderSaveForm } from './save-form';
import { runTask } from '../../tasks';
import { facilityKindZh } from '../../vocabulary';

/** The kinds siting can place (the plan's new-facility targets), in the order the form offers them. */
const KINDS = ['primary-school', 'junior-middle-school', 'senior-high-school', 'kindergarten', 'parking'];

function sitingFormHtml(): string {
  return `<form id="siting-form" class="form">
      <label>设施 <select id="siting-kind">${KINDS.map((k) => `<option value="${k}">${esc(facilityKindZh(k))}</option>`).join('')}</select></label>
      <label>数量 <input id="siting-count" type="number" min="1" max="100" value="9"></label>
      <label>目标 <select id="siting-objective"><option value="max-coverage">最大覆盖人口</option><option value="min-facilities">最少设施全覆盖</option><option value="p-median">最小总出行时间</option></select></label>
      <label>步行分钟 <input id="siting-minutes" type="number" min="1" max="60" value="10"></label>
      <label>候选点 <select id="siting-candidates"><option value="geodata">规划备选地块</option><option value="grid:400">网格 400 米</option><option value="grid:250">网格 250 米</option></select></label>
      <label><input id="siting-capacitated" type="checkbox"> 容量约束（学位／车位）</label>
      <label>求解 <select id="siting-solver"><option value="exact">精确（OR-Tools）</option><option value="heuristic">快速（贪心＋交换）</option></select></label>
      <div class="actions"><button type="submit" id="siting-run">选址</button>
        <button type="button" id="siting-add">点击地图添加候选点</button>
        <button type="button" id="siting-clear">清除</button></div></form>
    <div id="siting-error" class="error" role="alert" hidden></div>
    <div id="siting-result"></div>
    <p class="hint">拟建位置为模型建议（示意），基于示意的设施与人口数据，不是规划决定。</p>`;
}

/** The result: sites, district rate before → after, the change from the previous run, solver facts, by street. */
/** Demand served, in units; the document allows each figure to be null ("—"). */
function servedZh(units: number | null): string {
  return units === null ? '—' : int(units);
}

function sitingResultHtml(r: SitingResult, name: string, change: string | null): string {
  const bars = r.before.streets
    .map((b, i) => {
      const a = r.after.streets[i];
      return `<tr><th>${esc(b.name)}</th><td><div class="bar-pair"><span class="bar before" style="width:${(b.coverage_rate * 100).toFixed(1)}%"></span><span class="bar after" style="width:${(a.coverage_rate * 100).toFixed(1)}%"></span></div></td><td>${pct(b.coverage_rate)} → ${pct(a.coverage_rate)}</td></tr>`;
    })
    .join('');
  const s = r.solver;
  return `<div class="summary-title">拟建${esc(name)} ${r.sites.features.length} 处（示意）</div>
    <table class="facts">
      <tr><th>全区覆盖率</th><td id="siting-rates" data-before="${r.before.district.coverage_rate}" data-after="${r.after.district.coverage_rate}">${pct(r.before.district.coverage_rate)} → ${pct(r.after.district.coverage_rate)}</td></tr>
      <tr><th>新增覆盖人口</th><td>${int(r.gain_population)} 人</td></tr>
      ${change ? `<tr><th>与上次相比</th><td id="siting-change">${esc(change)}</td></tr>` : ''}
      ${r.served ? `<tr><th>满足需求（${r.unit === 'spaces' ? '车位' : '学位'}）</th><td>${servedZh(r.served.before)} → ${servedZh(r.served.after)} / ${servedZh(r.served.total)}</td></tr>` : ''}
      <tr><th>求解</th><td>${s.kind === 'exact' ? '精确' : '快速'}，${s.status === 'optimal' ? '已证最优' : `差距 ${s.gap_percent.toFixed(2)}%`}，${s.milliseconds.toFixed(0)} 毫秒，候选 ${r.candidates} 个</td></tr>
      ${r.target ? `<tr><th>规划目标</th><td>${esc(r.target.description)}：${r.target.sited}/${r.target.target_count ?? '—'}</td></tr>` : ''}
    </table>
    <div class="summary-title">各街道覆盖率（浅：现状，深：选址后）</div><table class="bars siting-bars">${bars}</table>
    <ol class="siting-sites">${r.sites.features.map((f) => `<li>${esc(String(f.properties?.name))}：新增覆盖 ${int(Number(f.properties?.gain_population))} 人</li>`).join('')}</ol>
    <div id="siting-save"></div>`;
}

export function initSiting(ctx: AppContext): void {
  const root = document.getElementById('siting-panel')!;
  const { map } = ctx;
  const layer = ctx.layers.proposed;
  root.innerHTML = sitingFormHtml();
  const q = <T extends HTMLElement>(id: string) => root.querySelector<T>(`#${id}`)!;
  const kind = q<HTMLSelectElement>('siting-kind');
  const count = q<HTMLInputElement>('siting-count');
  const errorBox = q<HTMLElement>('siting-error');
  const result = q<HTMLElement>('siting-result');
  const addButton = q<HTMLButtonElement>('siting-add');
  const points: [number, number][] = [];
  let adding = false;
  let previous: RunSummary | null = null;
  kind.addEventListener('change', () => {
    count.value = String(defaultCount(kind.value));
    q<HTMLInputElement>('siting-minutes').value = String(defaultMinutes(kind.value));
  });
  addButton.addEventListener('click', () => {
    adding = !adding;
    ctx.state.pickingCandidates = adding; // the popup leaves these clicks alone
    addButton.classList.toggle('active', adding);
    addButton.textContent = adding ? `添加中（已加 ${points.length} 个）…点此结束` : '点击地图添加候选点';
  });
  map.on('singleclick', (ev) => {
    if (!adding) return;
    const [lon, lat] = toLonLat(ev.coordinate);
    points.push([lon, lat]);
    const f = new Feature({ geometry: new Point(ev.coordinate), name: `自选点 ${points.length}`, user_point: true });
    layer.getSource()!.addFeature(f);
    layer.setVisible(true);
    addButton.textContent = `添加中（已加 ${points.length} 个）…点此结束`;
  });
  q('siting-clear').addEventListener('click', () => {
    points.length = 0;
    layer.getSource()!.clear();
    result.innerHTML = '';
  });
  q<HTMLFormElement>('siting-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const form: SitingForm = {
      kind: kind.value,
      count: Number(count.value),
      objective: q<HTMLSelectElement>('siting-objective').value as SitingForm['objective'],
      mode: 'walk',
      minutes: Number(q<HTMLInputElement>('siting-minutes').value),
      candidates: q<HTMLSelectElement>('siting-candidates').value,
      capacitated: q<HTMLInputElement>('siting-capacitated').checked,
      solver: q<HTMLSelectElement>('siting-solver').value as SitingForm['solver'],
      points: [...points],
    };
    const name = facilityKindZh(form.kind);
    const r = await runTask(`选址计算（${name}）`, errorBox, (signal) => fetchSiting(sitingQuery(form), signal));
    if (!r) return;
    const src = layer.getSource()!;
    src.getFeatures().filter((f) => !f.get('user_point')).forEach((f) => src.removeFeature(f));
    src.addFeatures(readFeatures(r.sites));
    layer.setVisible(true);
    const summary: RunSummary = { kind: form.kind, minutes: form.minutes, sites: r.sites.features.length, points: form.points.length, rateAfter: r.after.district.coverage_rate, coveredAfter: r.after.district.covered_population };
    const change = changeFromPrevious(previous, summary);
    previous = summary;
    result.innerHTML = sitingResultHtml(r, name, change);
    renderSaveForm(result.querySelector<HTMLElement>('#siting-save')!, r, form, name, (saved) => ctx.bus.emit('scenario-saved', saved));
    ctx.setStatus(`选址完成：${name} ${r.sites.features.length} 处，覆盖率 ${pct(r.before.district.coverage_rate)} → ${pct(r.after.district.coverage_rate)}`, 'siting-done', { sitingCount: String(r.sites.features.length) });
  });
}
