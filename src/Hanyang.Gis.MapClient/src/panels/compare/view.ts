// The side-by-side view of two scenarios over the main map: two maps sharing one view, then the table by
// street and zone, a chart, the communities only one side covers, and every kind at its own standard.
import OlMap from 'ol/Map.js';
import View from 'ol/View.js';
import type Feature from 'ol/Feature.js';
import VectorLayer from 'ol/layer/Vector.js';
import VectorSource from 'ol/source/Vector.js';
import ScaleLine from 'ol/control/ScaleLine.js';
import type { FeatureLike } from 'ol/Feature.js';
import type Style from 'ol/style/Style.js';
import { fetchServiceStandards, type CoverageQuery } from '../../api';
import type { AppContext } from '../../app/context';
import type { TravelMode } from '../../catalog';
import { download } from '../../exporting';
import { esc, int, pct } from '../../logic/format';
import { communityChange, compareCoverage, comparisonSheets, deltaPoints, type CompareRow } from '../../logic/scenarios';
import { xlsx } from '../../logic/xlsx';
import { readFeatures, roadTileLayer } from '../../map';
import { coverageCommunityStyle, districtStyle, facilityStyle, proposedSiteStyle } from '../../styles';
import { runTask } from '../../tasks';
import { facilityKindZh, modeShort } from '../../vocabulary';
import { sideCoverage, type Side } from './sides';

/** The side-by-side view over the map: two maps sharing one view, then the table and the chart. */
export class CompareView {
  private readonly el: HTMLElement;
  private readonly maps: OlMap[] = [];
  private readonly communities = [new VectorSource<Feature>(), new VectorSource<Feature>()];
  private readonly facilities = [new VectorSource<Feature>(), new VectorSource<Feature>()];
  private readonly proposed = [new VectorSource<Feature>(), new VectorSource<Feature>()];
  private readonly view = new View({ projection: 'EPSG:3857', minZoom: 9, maxZoom: 19 });

  constructor(
    host: HTMLElement,
    private readonly ctx: AppContext,
  ) {
    this.el = document.createElement('section');
    this.el.id = 'compare-view';
    this.el.className = 'compare-view';
    this.el.hidden = true;
    this.el.setAttribute('aria-label', '方案对比');
    this.el.innerHTML = `<header class="compare-head"><span id="compare-title"></span><span><button type="button" id="compare-export" title="区域、社区对比与说明，Excel 工作簿">导出对比 Excel</button> <button type="button" id="compare-close" title="关闭对比，回到地图">关闭对比</button></span></header>
      <div class="compare-maps"><div class="compare-pane"><div class="compare-pane-title" id="compare-title-a"></div><div class="compare-map" id="compare-map-a"></div></div>
        <div class="compare-pane"><div class="compare-pane-title" id="compare-title-b"></div><div class="compare-map" id="compare-map-b"></div></div></div>
      <div id="compare-tooltip" class="compare-tooltip" hidden></div>
      <div class="compare-legend"><span class="cmp-dot cmp-covered"></span>已覆盖社区 <span class="cmp-dot cmp-uncovered"></span>未覆盖社区 <span class="star">★</span>方案拟建设施（示意） · 两图联动缩放平移 · 道路为服务器矢量瓦片 · 水系为近似数据，社区人口为示意数据</div>
      <div class="compare-tables"><div id="compare-table"></div><div id="compare-chart"></div><div id="compare-communities"></div>
        <div id="compare-kinds" class="compare-kinds"><button type="button" id="compare-kinds-run">全部设施类型对比（各按其标准）</button><div id="compare-kinds-result"></div></div></div>`;
    host.appendChild(this.el);
    this.el.querySelector('#compare-close')!.addEventListener('click', () => {
      this.el.hidden = true;
    });
    this.el.querySelector('#compare-kinds-run')!.addEventListener('click', () => void this.compareKinds());
    this.el.querySelector('#compare-export')!.addEventListener('click', () => {
      if (!this.sides) return;
      const [a, b] = this.sides;
      const label = this.el.querySelector('#compare-title')!.textContent ?? '';
      const bytes = xlsx(comparisonSheets(a, b, label.replace(/^方案对比 · /, '')));
      download(`方案对比_${a.title}_${b.title}.xlsx`.replace(/[\\/:*?"<>|]/g, '_'), new Blob([bytes.slice().buffer as ArrayBuffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
    });
  }

  private sides: [Side, Side] | null = null;

  /** District coverage of every facility kind under A and B, each at its primary standard (mode and minutes). */
  private async compareKinds(): Promise<void> {
    if (!this.sides) return;
    const [a, b] = this.sides;
    const out = this.el.querySelector<HTMLElement>('#compare-kinds-result')!;
    const rows = await runTask('各类设施对比', out, async (signal) => {
      const standards = (await fetchServiceStandards(signal)).filter((s) => s.primary);
      return Promise.all(
        standards.map(async (st) => {
          const q: CoverageQuery = { kind: st.kind, mode: st.mode as TravelMode, minutes: st.minutes };
          const [ca, cb] = await Promise.all([sideCoverage(a.id, q, signal), sideCoverage(b.id, q, signal)]);
          return { st, a: ca.district.coverage_rate, b: cb.district.coverage_rate };
        }),
      );
    });
    if (!rows) return;
    out.hidden = false;
    out.innerHTML = `<table class="compare-table kinds-table"><thead><tr><th>设施</th><th>口径</th><th>A</th><th>B</th><th>B−A</th></tr></thead><tbody>${rows
      .map(
        (r) =>
          `<tr data-kind="${esc(r.st.kind)}" title="${esc(r.st.source)}"><th>${esc(facilityKindZh(r.st.kind))}</th><td>${esc(modeShort(r.st.mode))} ${r.st.minutes} 分钟</td><td>${pct(r.a)}</td><td>${pct(r.b)}</td><td class="${r.b - r.a > 0.0005 ? 'up' : r.b - r.a < -0.0005 ? 'down' : ''}">${esc(deltaPoints(r.b - r.a))}</td></tr>`,
      )
      .join('')}</tbody></table>`;
    this.ctx.setStatus(`各类设施对比完成（${rows.length} 类）`, 'compare-kinds-done', { compareKinds: String(rows.length) });
  }

  private ensureMaps(): void {
    if (this.maps.length > 0) return;
    ['a', 'b'].forEach((side, i) => {
      const map = new OlMap({
        target: this.el.querySelector<HTMLElement>(`#compare-map-${side}`)!,
        view: this.view,
        controls: i === 0 ? [new ScaleLine({ units: 'metric' })] : [],
        layers: [
          new VectorLayer({ source: this.ctx.layers.water.getSource()!, style: { 'fill-color': 'rgba(158,202,225,0.85)', 'stroke-color': '#6baed6', 'stroke-width': 0.8 } }),
          roadTileLayer(['expressway', 'arterial', 'secondary']),
          new VectorLayer({ source: this.ctx.layers.district.getSource()!, style: districtStyle }),
          new VectorLayer({ source: this.communities[i], style: coverageCommunityStyle }),
          new VectorLayer({ source: this.facilities[i], style: facilityStyle }),
          new VectorLayer({ source: this.proposed[i], style: compactSiteStyle, declutter: 'compare-sites' }),
        ],
      });
      this.maps.push(map);
      // Hovering a community tells how it fares under both: the same place in A and in B.
      map.on('pointermove', (ev) => {
        if (ev.dragging) return;
        const f = map.forEachFeatureAtPixel(ev.pixel, (x) => x, { hitTolerance: 3, layerFilter: (l) => l.getSource() === this.communities[i] });
        this.hover(f ? String(f.get('code')) : null, ev.originalEvent as PointerEvent);
      });
      map.getViewport().addEventListener('mouseleave', () => this.hover(null, null));
    });
  }

  private hover(code: string | null, at: PointerEvent | null): void {
    const tip = this.el.querySelector<HTMLElement>('#compare-tooltip')!;
    if (!code || !at || !this.sides) {
      tip.hidden = true;
      return;
    }
    const line = (side: Side, label: string) => {
      const p = side.coverage.communities.features.find((f) => String(f.properties?.code) === code)?.properties ?? {};
      const m = typeof p.minutes === 'number' ? `，最近 ${p.minutes.toFixed(1)} 分钟` : '，预算内不可达';
      return `<div>${label}：${p.covered === true ? '<b class="cov">已覆盖</b>' : '<b class="unc">未覆盖</b>'}${m}</div>`;
    };
    const p = this.sides[0].coverage.communities.features.find((f) => String(f.properties?.code) === code)?.properties ?? {};
    tip.innerHTML = `<strong>${esc(String(p.name ?? code))}</strong>（${int(Number(p.population ?? 0))} 人，示意）${line(this.sides[0], 'A')}${line(this.sides[1], 'B')}`;
    const box = this.el.getBoundingClientRect();
    tip.style.left = `${at.clientX - box.left + 14}px`;
    tip.style.top = `${at.clientY - box.top + 14}px`;
    tip.hidden = false;
    tip.dataset.code = code;
  }

  show(a: Side, b: Side, label: string): void {
    this.el.hidden = false;
    this.sides = [a, b];
    this.el.querySelector<HTMLElement>('#compare-kinds-result')!.innerHTML = '';
    this.ensureMaps();
    const kind = a.coverage.kind;
    [a, b].forEach((s, i) => {
      const removed = new Set(s.scenario?.removed_facilities ?? []);
      this.communities[i]!.clear();
      this.communities[i]!.addFeatures(readFeatures(s.coverage.communities));
      this.facilities[i]!.clear();
      this.facilities[i]!.addFeatures((this.ctx.layers.facilities.get(kind)?.getSource()?.getFeatures() ?? []).filter((f) => !removed.has(String(f.get('id')))).map((f) => f.clone()));
      this.proposed[i]!.clear();
      if (s.scenario) this.proposed[i]!.addFeatures(readFeatures(s.scenario.added_facilities));
      const side = i === 0 ? 'a' : 'b';
      const t = this.el.querySelector<HTMLElement>(`#compare-title-${side}`)!;
      t.innerHTML = `<strong>${side.toUpperCase()}：${esc(s.title)}</strong> 覆盖率 <b>${pct(s.coverage.district.coverage_rate)}</b>（${int(s.coverage.district.covered_population)} 人；设施 ${s.coverage.facilities} 处${s.scenario ? `，其中拟建 ${s.scenario.added_facilities.features.length}` : ''}）`;
      t.dataset.rate = String(s.coverage.district.coverage_rate);
    });
    this.el.querySelector('#compare-title')!.textContent = `方案对比 · ${label}`;
    this.maps.forEach((m) => m.updateSize());
    const extent = this.ctx.layers.district.getSource()!.getExtent();
    if (extent && Number.isFinite(extent[0])) this.view.fit(extent, { size: this.maps[0]!.getSize(), padding: [8, 8, 8, 8] });

    const c = compareCoverage(a.coverage, b.coverage);
    const row = (r: CompareRow, cls = '') =>
      `<tr class="${cls}" data-area-id="${esc(r.id)}"><th>${esc(r.name)}</th><td>${int(r.population)}</td><td>${pct(r.a)}</td><td>${pct(r.b)}</td><td class="${r.delta > 0.0005 ? 'up' : r.delta < -0.0005 ? 'down' : ''}">${esc(deltaPoints(r.delta))}</td><td>${r.deltaPopulation >= 0 ? '+' : '−'}${int(Math.abs(r.deltaPopulation))}</td></tr>`;
    this.el.querySelector('#compare-table')!.innerHTML = `<table class="compare-table"><thead><tr><th>区域</th><th>人口</th><th>A</th><th>B</th><th>B−A</th><th>人数变化</th></tr></thead>
      <tbody>${row(c.district, 'district')}${c.streets.map((r) => row(r)).join('')}${c.zones.map((r) => row(r, 'zone')).join('')}</tbody></table>`;
    this.el.querySelector('#compare-chart')!.innerHTML = pairChart(c.streets);
    const ch = communityChange(a.coverage, b.coverage);
    const names = (xs: string[]) => (xs.length === 0 ? '无' : xs.slice(0, 12).map(esc).join('、') + (xs.length > 12 ? ` 等 ${xs.length} 个` : ''));
    this.el.querySelector('#compare-communities')!.innerHTML = `<div class="summary-title">社区变化</div>
      <p>两方案均覆盖 ${ch.both} 个，均未覆盖 ${ch.neither} 个。</p>
      <p data-only-b="${ch.onlyB.length}">仅 B 覆盖 ${ch.onlyB.length} 个（${int(ch.onlyBPopulation)} 人）：${names(ch.onlyB)}</p>
      <p data-only-a="${ch.onlyA.length}">仅 A 覆盖 ${ch.onlyA.length} 个（${int(ch.onlyAPopulation)} 人）：${names(ch.onlyA)}</p>
      <p class="hint">拟建设施为模型建议（示意），人口与设施为示意数据。</p>`;
  }
}

/** Proposed sites: the star always, the name only when zoomed in (two small maps side by side). */
function compactSiteStyle(f: FeatureLike, resolution: number): Style | Style[] {
  const styles = proposedSiteStyle(f);
  return resolution < 6 ? styles : styles.slice(0, 1);
}

/** Paired horizontal bars, A (light) over B (dark), one pair per street, in SVG. */
function pairChart(rows: readonly CompareRow[]): string {
  const sorted = [...rows].sort((x, y) => y.b - x.b);
  const labelW = 78;
  const barW = 110;
  const rowH = 22;
  const top = 18;
  const width = labelW + barW + 46;
  const height = top + sorted.length * rowH + 4;
  const parts = [`<title>各街道覆盖率：A（浅）与 B（深）</title>`];
  for (let i = 0; i <= 4; i++) {
    const x = labelW + (barW * i) / 4;
    parts.push(`<line x1="${x}" y1="${top - 4}" x2="${x}" y2="${height}" stroke="#e3e3e3"/><text x="${x}" y="${top - 7}" font-size="9" text-anchor="middle" fill="#888">${i * 25}%</text>`);
  }
  sorted.forEach((r, i) => {
    const y = top + i * rowH;
    parts.push(`<g class="pair-row" data-area-id="${esc(r.id)}"><title>${esc(`${r.name}：A ${pct(r.a)}，B ${pct(r.b)}（${deltaPoints(r.delta)}）`)}</title>`);
    parts.push(`<text x="${labelW - 5}" y="${y + 12}" font-size="10" text-anchor="end" fill="#333">${esc(r.name.replace(/街道$/, ''))}</text>`);
    parts.push(`<rect x="${labelW}" y="${y + 2}" width="${(Math.min(1, r.a) * barW).toFixed(1)}" height="8" fill="#9ecae1"/>`);
    parts.push(`<rect x="${labelW}" y="${y + 10}" width="${(Math.min(1, r.b) * barW).toFixed(1)}" height="8" fill="#08519c"/>`);
    parts.push(`<text x="${labelW + barW + 4}" y="${y + 14}" font-size="10" fill="#222">${pct(r.b)}</text></g>`);
  });
  return `<svg class="pair-chart" role="img" aria-label="各街道覆盖率对比" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`;
}
