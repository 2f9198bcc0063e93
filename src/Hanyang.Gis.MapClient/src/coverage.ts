// 覆盖分析 panel: asks the server for coverage and service circles and shows them on the map.
import type Feature from 'ol/Feature.js';
import type Map from 'ol/Map.js';
import { ApiError, fetchCoverage, fetchIsochrones, type CoverageQuery, type CoverageResult } from './api';
import { barChart } from './chart';
import { FACILITY_KINDS, type TravelMode } from './catalog';
import { facilityKindZh, modeLong, modeShort, travelModes } from './vocabulary';
import { readFeatures, type VLayer } from './map';
import { COVERED_COLOR, UNCOVERED_COLOR, coverageCommunityStyle, coverageMinutesStyle, isochroneStyleFor } from './styles';
import { coverageCsv, coverageFileName, coverageXlsx, download } from './exporting';
import { hashFromQuery, queryFromHash as readHash } from './logic/hash';
import { MINUTES_RAMP } from './logic/rules';

export interface CoverageDeps {
  map: Map;
  communitiesLayer: VLayer;
  isochroneLayer: VLayer;
  coverageLayer: VLayer;
  setStatus: (text: string, state: string, data?: Record<string, string>) => void;
  onResultLayers: () => void;
  focusFeature: (layerKey: string, f: Feature) => void;
}

const pct = (r: number) => `${(r * 100).toFixed(1)}%`;
const int = (n: number) => Math.round(n).toLocaleString('zh-CN');

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

export interface CoveragePanel {
  /** Fills the form with `q` and runs it, as if the planner had pressed 计算. */
  runQuery: (q: CoverageQuery) => Promise<void>;
  /** The mode and minutes the form holds now (for reach and facility circles). */
  budget: () => { mode: TravelMode; minutes: number };
}

/** Reads `#kind=primary-school&mode=walk&minutes=10` (the link a finished run leaves in the address bar). */
export function queryFromHash(hash: string): CoverageQuery | null {
  return readHash(hash);
}

export function initCoverage(root: HTMLElement, deps: CoverageDeps): CoveragePanel {
  root.innerHTML = `
    <form id="coverage-form" class="coverage-form" novalidate>
      <label>设施类型
        <select id="cov-kind" name="kind">
          ${FACILITY_KINDS.map((k) => `<option value="${k}"${k === 'primary-school' ? ' selected' : ''}>${esc(facilityKindZh(k))}</option>`).join('')}
        </select>
      </label>
      <label>出行方式
        <select id="cov-mode" name="mode">
          ${travelModes().map((m) => `<option value="${esc(m.id)}">${esc(modeLong(m.id))}</option>`).join('')}
        </select>
      </label>
      <div class="minutes-row">
        <label for="cov-minutes">时间</label>
        <div class="quick">
          <button type="button" data-minutes="5">5</button>
          <button type="button" data-minutes="10" class="active">10</button>
          <button type="button" data-minutes="15">15</button>
        </div>
        <input id="cov-minutes" name="minutes" type="number" min="1" max="60" step="1" value="10" inputmode="numeric" /> 分钟
      </div>
      <div class="actions">
        <button id="cov-run" type="submit" class="primary">计算</button>
        <button id="cov-clear" type="button" disabled>清除结果</button>
      </div>
    </form>
    <label class="inline">社区着色
      <select id="cov-color"><option value="covered">是否覆盖</option><option value="minutes">到最近设施时间</option></select></label>
    <div id="cov-progress" class="progress" hidden><span class="spinner" aria-hidden="true"></span><span class="progress-text">计算中…</span><button type="button" id="cov-cancel">取消</button></div>
    <div id="cov-error" class="error" role="alert" hidden></div>
    <div id="cov-result" class="result" hidden></div>
    <p class="hint">说明：覆盖率按社区人口计算；“直线”为按直线距离（服务半径）计算的对照口径。社区人口为示意数据。</p>`;

  const form = root.querySelector<HTMLFormElement>('#coverage-form')!;
  const kindSel = root.querySelector<HTMLSelectElement>('#cov-kind')!;
  const modeSel = root.querySelector<HTMLSelectElement>('#cov-mode')!;
  const minutesInput = root.querySelector<HTMLInputElement>('#cov-minutes')!;
  const runBtn = root.querySelector<HTMLButtonElement>('#cov-run')!;
  const clearBtn = root.querySelector<HTMLButtonElement>('#cov-clear')!;
  const progress = root.querySelector<HTMLElement>('#cov-progress')!;
  const progressText = progress.querySelector<HTMLElement>('.progress-text')!;
  const errorBox = root.querySelector<HTMLElement>('#cov-error')!;
  const resultBox = root.querySelector<HTMLElement>('#cov-result')!;
  const quick = Array.from(root.querySelectorAll<HTMLButtonElement>('.quick button'));

  const syncQuick = () => quick.forEach((b) => b.classList.toggle('active', b.dataset.minutes === minutesInput.value));
  quick.forEach((b) =>
    b.addEventListener('click', () => {
      minutesInput.value = b.dataset.minutes ?? '10';
      syncQuick();
    }),
  );
  minutesInput.addEventListener('input', syncQuick);

  let controller: AbortController | null = null;
  let last: { q: CoverageQuery; r: CoverageResult } | null = null;
  const colorSel = root.querySelector<HTMLSelectElement>('#cov-color')!;
  const applyColor = () => {
    deps.coverageLayer.setStyle(colorSel.value === 'minutes' && last ? coverageMinutesStyle(last.q.minutes) : coverageCommunityStyle);
    const legend = root.querySelector<HTMLElement>('#cov-ramp');
    if (legend) legend.hidden = colorSel.value !== 'minutes';
  };
  colorSel.addEventListener('change', applyColor);
  root.querySelector<HTMLButtonElement>('#cov-cancel')!.addEventListener('click', () => {
    if (!controller) return;
    controller.abort();
    showError('已取消覆盖分析');
    deps.setStatus('覆盖分析已取消', 'coverage-cancelled');
  });

  const showError = (title: string, detail?: string | null) => {
    errorBox.hidden = false;
    errorBox.innerHTML = `<strong>${esc(title)}</strong>${detail ? `<div>${esc(detail)}</div>` : ''}`;
  };

  const clear = () => {
    controller?.abort();
    last = null;
    deps.isochroneLayer.getSource()!.clear();
    deps.coverageLayer.getSource()!.clear();
    resultBox.hidden = true;
    resultBox.innerHTML = '';
    errorBox.hidden = true;
    clearBtn.disabled = true;
    deps.onResultLayers();
  };
  clearBtn.addEventListener('click', clear);

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const minutes = Number(minutesInput.value);
    errorBox.hidden = true;
    if (!minutesInput.value.trim() || !Number.isFinite(minutes) || minutes <= 0) {
      showError('时间无效', '请输入大于 0 的分钟数（例如 5、10、15）。');
      return;
    }
    void run({ kind: kindSel.value, mode: modeSel.value as TravelMode, minutes });
  });

  async function run(q: CoverageQuery): Promise<void> {
    controller?.abort();
    const ctl = new AbortController();
    controller = ctl;
    const label = `${facilityKindZh(q.kind)} ${modeShort(q.mode)} ${q.minutes} 分钟`;
    runBtn.disabled = true;
    runBtn.textContent = '计算中…';
    progress.hidden = false;
    root.classList.add('busy');
    const started = performance.now();
    const steps = { coverage: false, isochrones: false };
    const tick = () => {
      const s = ((performance.now() - started) / 1000).toFixed(1);
      progressText.textContent = `正在计算 ${label}… ${s} 秒（覆盖统计${steps.coverage ? ' ✓' : ' …'}，服务圈${steps.isochrones ? ' ✓' : ' …'}）`;
    };
    tick();
    const timer = window.setInterval(tick, 200);
    deps.setStatus(`正在进行覆盖分析：${label}…`, 'running');
    try {
      const [coverage, isochrones] = await Promise.all([
        fetchCoverage(q, ctl.signal).then((r) => {
          steps.coverage = true;
          tick();
          return r;
        }),
        fetchIsochrones(q, ctl.signal).then((r) => {
          steps.isochrones = true;
          tick();
          return r;
        }),
      ]);
      if (ctl.signal.aborted) return;
      showResult(q, coverage, isochrones);
      history.replaceState(null, '', `#${hashFromQuery(q)}`);
      const rate = pct(coverage.district.coverage_rate);
      deps.setStatus(`覆盖分析完成：${label}，覆盖率 ${rate}`, 'coverage-done', {
        coverageKind: q.kind,
        coverageMode: q.mode,
        coverageMinutes: String(q.minutes),
        coverageRate: String(coverage.district.coverage_rate),
        coverageCommunities: String(coverage.communities.features.length),
      });
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') return;
      if (e instanceof ApiError) {
        showError(e.headline, e.detail);
      } else {
        showError('覆盖分析失败', e instanceof Error ? e.message : String(e));
      }
      deps.setStatus(`覆盖分析失败：${label}`, 'coverage-error');
    } finally {
      window.clearInterval(timer);
      if (controller === ctl) {
        runBtn.disabled = false;
        runBtn.textContent = '计算';
        progress.hidden = true;
        root.classList.remove('busy');
        controller = null;
      }
    }
  }

  function showResult(q: CoverageQuery, r: CoverageResult, iso: unknown): void {
    // Join the coverage points with the community layer for accuracy, source and households.
    const base = new globalThis.Map<string, Feature>();
    deps.communitiesLayer
      .getSource()!
      .getFeatures()
      .forEach((f) => base.set(String(f.get('code')), f));
    const communities = readFeatures(r.communities);
    for (const f of communities) {
      const b = base.get(String(f.get('code')));
      f.set('accuracy', b?.get('accuracy') ?? 'approximate');
      f.set('population_accuracy', b?.get('population_accuracy') ?? 'synthetic');
      f.set('source', b?.get('source') ?? null);
      if (b?.get('households') !== undefined) f.set('households', b.get('households'));
    }
    last = { q, r };
    applyColor();
    const covSrc = deps.coverageLayer.getSource()!;
    covSrc.clear();
    covSrc.addFeatures(communities);
    const isoSrc = deps.isochroneLayer.getSource()!;
    isoSrc.clear();
    deps.isochroneLayer.setStyle(isochroneStyleFor());
    isoSrc.addFeatures(readFeatures(iso));
    deps.coverageLayer.setVisible(true);
    deps.isochroneLayer.setVisible(true);
    deps.onResultLayers();
    clearBtn.disabled = false;

    const d = r.district;
    const color = '#2b8cbe';
    const uncovered = communities
      .filter((f) => f.get('covered') !== true)
      .sort((a, b) => (Number(b.get('population')) || 0) - (Number(a.get('population')) || 0));
    const uncoveredPop = uncovered.reduce((s, f) => s + (Number(f.get('population')) || 0), 0);
    const gap = d.straight_line_coverage_rate - d.coverage_rate;
    resultBox.hidden = false;
    resultBox.innerHTML = `
      <div class="summary" data-coverage-rate="${d.coverage_rate}" data-straight-line-coverage-rate="${d.straight_line_coverage_rate}">
        <div class="summary-title">${esc(facilityKindZh(q.kind))} · ${esc(modeShort(q.mode))} · ${q.minutes} 分钟</div>
        <div class="kpis">
          <div class="kpi"><div class="kpi-value" style="color:${COVERED_COLOR}">${pct(d.coverage_rate)}</div><div class="kpi-label">全区路网覆盖率</div></div>
          <div class="kpi"><div class="kpi-value" style="color:#666">${pct(d.straight_line_coverage_rate)}</div><div class="kpi-label">直线距离口径</div></div>
        </div>
        <table class="facts">
          <tr><th>参与计算设施</th><td>${int(r.facilities)} 处</td></tr>
          <tr><th>覆盖社区</th><td>${int(d.covered_communities)} / ${int(d.communities)} 个</td></tr>
          <tr><th>覆盖人口</th><td>${int(d.covered_population)} / ${int(d.population)} 人</td></tr>
          ${r.standard_meters != null ? `<tr><th>标准服务半径</th><td>${int(r.standard_meters)} 米（GB 50180-2018）</td></tr>` : ''}
          ${r.straight_line_radius_meters != null ? `<tr><th>直线口径半径</th><td>${int(r.straight_line_radius_meters)} 米</td></tr>` : ''}
        </table>
        <div class="actions"><button type="button" id="cov-export-csv">导出 CSV</button><button type="button" id="cov-export-xlsx">导出 Excel</button></div>
        <ul class="legend-list" id="cov-ramp"${colorSel.value === 'minutes' ? '' : ' hidden'}>${MINUTES_RAMP.map((c) => `<li><span class="sw" style="background:${c.color}"></span>${c.zh}</li>`).join('')}</ul>
        ${gap > 0.05 ? `<p class="note">按路网实际可达比按直线距离低 ${(gap * 100).toFixed(1)} 个百分点：河湖、铁路与快速路阻隔使实际服务范围小于“画圆”。</p>` : ''}
      </div>
      <h3>各街道覆盖率</h3>
      ${barChart(r.streets, color, '各街道覆盖率')}
      <h3>各功能分区覆盖率</h3>
      ${barChart(r.zones, color, '各功能分区覆盖率')}
      <div class="chart-legend"><span class="sw" style="background:${color}"></span>路网可达 <span class="sw thin"></span>直线距离</div>
      <h3>未覆盖社区（${uncovered.length} 个，${int(uncoveredPop)} 人，按人口排序）</h3>
      <ol class="uncovered" id="cov-uncovered">
        ${uncovered
          .map((f, i) => {
            const mins = f.get('minutes');
            const near = f.get('nearest_facility');
            const extra = typeof mins === 'number' && near ? `最近：${esc(String(near))} ${mins.toFixed(1)} 分钟` : '时间预算内无可达设施';
            return `<li data-index="${i}" data-code="${esc(String(f.get('code')))}" style="--c:${UNCOVERED_COLOR}"><button type="button"><span class="name">${esc(String(f.get('name')))}</span><span class="pop">${int(Number(f.get('population')) || 0)} 人</span><span class="extra">${extra}</span></button></li>`;
          })
          .join('')}
      </ol>`;
    resultBox.querySelector('#cov-export-csv')!.addEventListener('click', () => download(coverageFileName(r, 'csv'), coverageCsv(r)));
    resultBox.querySelector('#cov-export-xlsx')!.addEventListener('click', () => download(coverageFileName(r, 'xlsx'), coverageXlsx(r)));
    resultBox.querySelectorAll<HTMLLIElement>('#cov-uncovered li').forEach((li) =>
      li.querySelector('button')!.addEventListener('click', () => {
        const f = uncovered[Number(li.dataset.index)];
        if (f) deps.focusFeature('coverage-communities', f);
      }),
    );
  }

  return {
    budget: () => ({ mode: modeSel.value as TravelMode, minutes: Number(minutesInput.value) > 0 ? Number(minutesInput.value) : 10 }),
    runQuery: (q) => {
      if (Array.from(kindSel.options).some((o) => o.value === q.kind)) kindSel.value = q.kind;
      if (Array.from(modeSel.options).some((o) => o.value === q.mode)) modeSel.value = q.mode;
      minutesInput.value = String(q.minutes);
      syncQuick();
      errorBox.hidden = true;
      return run(q);
    },
  };
}
