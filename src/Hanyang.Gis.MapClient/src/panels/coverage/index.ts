// 覆盖分析 panel (#coverage-panel): asks the server for coverage and service circles and shows them on the map.
// Publishes the form's mode and minutes as the shared budget (可达查询 uses it), the result layers' counts
// ('layer-count'), and reruns a shared link (`#kind=…&mode=…&minutes=…`) once the layers are loaded.
import type { AppContext } from '../../app/context';
import { ApiError, fetchCoverage, fetchIsochrones, type CoverageQuery } from '../../api';
import type { CoverageResult, GeoJsonFeatureCollection } from '../../api-types';
import type { TravelMode } from '../../catalog';
import { coverageCsv, coverageFileName, coverageXlsx, download } from '../../exporting';
import { esc, pct } from '../../logic/format';
import { hashFromQuery, queryFromHash } from '../../logic/hash';
import { readFeatures } from '../../map';
import { coverageCommunityStyle, coverageMinutesStyle, isochroneStyleFor } from '../../styles';
import { facilityKindZh, modeShort } from '../../vocabulary';
import { coverageFormHtml } from './form';
import { joinCommunities, resultHtml, uncoveredByPopulation } from './result';
import { startProgress } from './progress';

class CoveragePanel {
  private readonly kindSel: HTMLSelectElement;
  private readonly modeSel: HTMLSelectElement;
  private readonly minutesInput: HTMLInputElement;
  private readonly clearBtn: HTMLButtonElement;
  private readonly errorBox: HTMLElement;
  private readonly resultBox: HTMLElement;
  private readonly colorSel: HTMLSelectElement;
  private readonly quick: HTMLButtonElement[];
  private controller: AbortController | null = null;
  private last: { q: CoverageQuery; r: CoverageResult } | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly ctx: AppContext,
  ) {
    this.kindSel = this.q<HTMLSelectElement>('#cov-kind');
    this.modeSel = this.q<HTMLSelectElement>('#cov-mode');
    this.minutesInput = this.q<HTMLInputElement>('#cov-minutes');
    this.clearBtn = this.q<HTMLButtonElement>('#cov-clear');
    this.errorBox = this.q<HTMLElement>('#cov-error');
    this.resultBox = this.q<HTMLElement>('#cov-result');
    this.colorSel = this.q<HTMLSelectElement>('#cov-color');
    this.quick = Array.from(root.querySelectorAll<HTMLButtonElement>('.quick button'));
  }

  private q<T extends HTMLElement>(selector: string): T {
    return this.root.querySelector<T>(selector)!;
  }

  /** Wires the form; every change to it republishes the budget. */
  wire(): void {
    const form = this.q<HTMLFormElement>('#coverage-form');
    this.quick.forEach((b) =>
      b.addEventListener('click', () => {
        this.minutesInput.value = b.dataset.minutes ?? '10';
        this.syncQuick();
      }),
    );
    this.minutesInput.addEventListener('input', () => this.syncQuick());
    form.addEventListener('input', () => this.publishBudget());
    form.addEventListener('change', () => this.publishBudget());
    this.colorSel.addEventListener('change', () => this.applyColor());
    this.q('#cov-cancel').addEventListener('click', () => {
      if (!this.controller) return;
      this.controller.abort();
      this.showError('已取消覆盖分析');
      this.ctx.setStatus('覆盖分析已取消', 'coverage-cancelled');
    });
    this.clearBtn.addEventListener('click', () => this.clear());
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      const minutes = Number(this.minutesInput.value);
      this.errorBox.hidden = true;
      if (!this.minutesInput.value.trim() || !Number.isFinite(minutes) || minutes <= 0) {
        this.showError('时间无效', '请输入大于 0 的分钟数（例如 5、10、15）。');
        return;
      }
      void this.run({ kind: this.kindSel.value, mode: this.modeSel.value as TravelMode, minutes });
    });
    this.publishBudget();
  }

  /** Fills the form with `q` and runs it, as if the planner had pressed 计算. */
  runQuery(q: CoverageQuery): Promise<void> {
    if (Array.from(this.kindSel.options).some((o) => o.value === q.kind)) this.kindSel.value = q.kind;
    if (Array.from(this.modeSel.options).some((o) => o.value === q.mode)) this.modeSel.value = q.mode;
    this.minutesInput.value = String(q.minutes);
    this.syncQuick();
    this.errorBox.hidden = true;
    return this.run(q);
  }

  private syncQuick(): void {
    this.quick.forEach((b) => b.classList.toggle('active', b.dataset.minutes === this.minutesInput.value));
    this.publishBudget();
  }

  private publishBudget(): void {
    const minutes = Number(this.minutesInput.value);
    this.ctx.state.budget = { mode: this.modeSel.value as TravelMode, minutes: minutes > 0 ? minutes : 10 };
  }

  private applyColor(): void {
    this.ctx.layers.coverage.setStyle(this.colorSel.value === 'minutes' && this.last ? coverageMinutesStyle(this.last.q.minutes) : coverageCommunityStyle);
    const legend = this.root.querySelector<HTMLElement>('#cov-ramp');
    if (legend) legend.hidden = this.colorSel.value !== 'minutes';
  }

  private showError(title: string, detail?: string | null): void {
    this.errorBox.hidden = false;
    this.errorBox.innerHTML = `<strong>${esc(title)}</strong>${detail ? `<div>${esc(detail)}</div>` : ''}`;
  }

  private publishCounts(): void {
    const { layers, bus } = this.ctx;
    bus.emit('layer-count', { id: 'coverage-communities', count: layers.coverage.getSource()!.getFeatures().length });
    bus.emit('layer-count', { id: 'isochrones', count: layers.isochrones.getSource()!.getFeatures().length });
  }

  private clear(): void {
    this.controller?.abort();
    this.last = null;
    this.ctx.layers.isochrones.getSource()!.clear();
    this.ctx.layers.coverage.getSource()!.clear();
    this.resultBox.hidden = true;
    this.resultBox.innerHTML = '';
    this.errorBox.hidden = true;
    this.clearBtn.disabled = true;
    this.publishCounts();
  }

  private async run(q: CoverageQuery): Promise<void> {
    this.controller?.abort();
    const ctl = new AbortController();
    this.controller = ctl;
    const label = `${facilityKindZh(q.kind)} ${modeShort(q.mode)} ${q.minutes} 分钟`;
    const progress = startProgress(this.root, label);
    this.ctx.setStatus(`正在进行覆盖分析：${label}…`, 'running');
    try {
      const [coverage, isochrones] = await Promise.all([fetchCoverage(q, ctl.signal).then(progress.coverageDone), fetchIsochrones(q, ctl.signal).then(progress.isochronesDone)]);
      if (ctl.signal.aborted) return;
      this.showResult(q, coverage, isochrones);
      history.replaceState(null, '', `#${hashFromQuery(q)}`);
      this.ctx.setStatus(`覆盖分析完成：${label}，覆盖率 ${pct(coverage.district.coverage_rate)}`, 'coverage-done', {
        coverageKind: q.kind,
        coverageMode: q.mode,
        coverageMinutes: String(q.minutes),
        coverageRate: String(coverage.district.coverage_rate),
        coverageCommunities: String(coverage.communities.features.length),
      });
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') return;
      if (e instanceof ApiError) this.showError(e.headline, e.detail);
      else this.showError('覆盖分析失败', e instanceof Error ? e.message : String(e));
      this.ctx.setStatus(`覆盖分析失败：${label}`, 'coverage-error');
    } finally {
      progress.stop(this.controller === ctl);
      if (this.controller === ctl) this.controller = null;
    }
  }

  private showResult(q: CoverageQuery, r: CoverageResult, iso: GeoJsonFeatureCollection): void {
    const { layers } = this.ctx;
    const communities = joinCommunities(r, layers.communities);
    this.last = { q, r };
    this.applyColor();
    const covSrc = layers.coverage.getSource()!;
    covSrc.clear();
    covSrc.addFeatures(communities);
    const isoSrc = layers.isochrones.getSource()!;
    isoSrc.clear();
    layers.isochrones.setStyle(isochroneStyleFor());
    isoSrc.addFeatures(readFeatures(iso));
    layers.coverage.setVisible(true);
    layers.isochrones.setVisible(true);
    this.publishCounts();
    this.clearBtn.disabled = false;

    const uncovered = uncoveredByPopulation(communities);
    this.resultBox.hidden = false;
    this.resultBox.innerHTML = resultHtml(q, r, uncovered, this.colorSel.value === 'minutes');
    this.resultBox.querySelector('#cov-export-csv')!.addEventListener('click', () => download(coverageFileName(r, 'csv'), coverageCsv(r)));
    this.resultBox.querySelector('#cov-export-xlsx')!.addEventListener('click', () => download(coverageFileName(r, 'xlsx'), coverageXlsx(r)));
    this.resultBox.querySelectorAll<HTMLLIElement>('#cov-uncovered li').forEach((li) =>
      li.querySelector('button')!.addEventListener('click', () => {
        const f = uncovered[Number(li.dataset.index)];
        if (f) this.ctx.bus.emit('feature-focus', { key: 'coverage-communities', feature: f });
      }),
    );
  }
}

export function initCoverage(ctx: AppContext): void {
  const root = document.getElementById('coverage-panel')!;
  root.innerHTML = coverageFormHtml();
  const panel = new CoveragePanel(root, ctx);
  panel.wire();
  ctx.bus.emit('layer-count', { id: 'coverage-communities', count: 0 });
  ctx.bus.emit('layer-count', { id: 'isochrones', count: 0 });
  // A shared link such as `#kind=primary-school&mode=walk&minutes=10` reruns that analysis.
  ctx.bus.on('layers-loaded', () => {
    const q = queryFromHash(location.hash);
    if (q) void panel.runQuery(q);
  });
}
