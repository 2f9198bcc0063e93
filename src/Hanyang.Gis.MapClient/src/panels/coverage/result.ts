// The 覆盖分析 result: the communities joined with the community layer, and the summary, charts and the
// list of uncovered communities as HTML.
import type Feature from 'ol/Feature.js';
import type { CoverageQuery } from '../../api';
import type { CoverageResult } from '../../api-types';
import { barChart } from '../../chart';
import { esc, int, pct } from '../../logic/format';
import { MINUTES_RAMP } from '../../logic/rules';
import { readFeatures, type VLayer } from '../../map';
import { COVERED_COLOR, UNCOVERED_COLOR } from '../../styles';
import { facilityKindZh, modeShort } from '../../vocabulary';

/** The result's community points, given accuracy, source and households from the community layer. */
export function joinCommunities(r: CoverageResult, communitiesLayer: VLayer): Feature[] {
  const base = new globalThis.Map<string, Feature>();
  communitiesLayer
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
  return communities;
}

/** The uncovered communities, most populous first. */
export function uncoveredByPopulation(communities: readonly Feature[]): Feature[] {
  return communities.filter((f) => f.get('covered') !== true).sort((a, b) => (Number(b.get('population')) || 0) - (Number(a.get('population')) || 0));
}

function summaryHtml(q: CoverageQuery, r: CoverageResult, byMinutes: boolean): string {
  const d = r.district;
  const gap = d.straight_line_coverage_rate - d.coverage_rate;
  return `
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
          <tr><th>直线口径半径</th><td>${int(r.straight_line_radius_meters)} 米</td></tr>
        </table>
        <div class="actions"><button type="button" id="cov-export-csv">导出 CSV</button><button type="button" id="cov-export-xlsx">导出 Excel</button></div>
        <ul class="legend-list" id="cov-ramp"${byMinutes ? '' : ' hidden'}>${MINUTES_RAMP.map((c) => `<li><span class="sw" style="background:${c.color}"></span>${c.zh}</li>`).join('')}</ul>
        ${gap > 0.05 ? `<p class="note">按路网实际可达比按直线距离低 ${(gap * 100).toFixed(1)} 个百分点：河湖、铁路与快速路阻隔使实际服务范围小于“画圆”。</p>` : ''}
      </div>`;
}

function uncoveredHtml(uncovered: readonly Feature[]): string {
  const uncoveredPop = uncovered.reduce((s, f) => s + (Number(f.get('population')) || 0), 0);
  return `
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
}

/** The whole result box: summary, charts by street and by zone, and the uncovered communities. */
export function resultHtml(q: CoverageQuery, r: CoverageResult, uncovered: readonly Feature[], byMinutes: boolean): string {
  const color = '#2b8cbe';
  return `${summaryHtml(q, r, byMinutes)}
      <h3>各街道覆盖率</h3>
      ${barChart(r.streets, color, '各街道覆盖率')}
      <h3>各功能分区覆盖率</h3>
      ${barChart(r.zones, color, '各功能分区覆盖率')}
      <div class="chart-legend"><span class="sw" style="background:${color}"></span>路网可达 <span class="sw thin"></span>直线距离</div>${uncoveredHtml(uncovered)}`;
}
