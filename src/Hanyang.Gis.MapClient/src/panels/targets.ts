// 规划目标: progress towards the plan's 2025 facility targets, counted from the facilities in the data.
import { fetchPlanTargets } from '../api';
import { facilityKindZh } from '../vocabulary';
import { esc } from '../logic/format';
import { progressBar } from '../logic/rules';
import { runTask } from '../tasks';

/** How a target is counted; the document types `basis` as any text, so one the client does not know shows as it is. */
const BASIS_ZH: Record<string, string> = { 'new-facilities': '计：规划+在建设施', 'under-construction': '计：在建设施', existing: '计：现状设施', indicator: '指标' };

export function initTargets(): void {
  const root = document.getElementById('targets-panel')!;
  root.innerHTML = `<button type="button" id="targets-load" class="primary-lite">刷新</button>
    <div id="targets-error" class="error" role="alert" hidden></div><div id="targets-list"></div>
    <p class="hint">按数据中的设施计数（设施多为示意数据）；比率类指标数据中无现状值，不显示进度。</p>`;
  const errorBox = root.querySelector<HTMLElement>('#targets-error')!;
  const list = root.querySelector<HTMLElement>('#targets-list')!;
  const load = async () => {
    const rows = await runTask('读取规划目标', errorBox, (signal) => fetchPlanTargets(signal));
    if (!rows) return;
    list.innerHTML = rows
      .map((t) => {
        const bar = progressBar(t.counted, t.target_count);
        return `<div class="target" data-target="${esc(t.id)}" data-progress="${t.progress ?? ''}">
          <div class="target-title">${esc(t.description)}${t.kind ? ` <span class="muted">${esc(facilityKindZh(t.kind))}</span>` : ''}</div>
          ${bar.percent === null ? `<div class="muted">目标 ${t.target_value ?? ''}${esc(t.unit ?? '')} · ${esc(bar.label)}</div>` : `<div class="progress-bar"><span style="width:${bar.percent}%"></span></div><div class="muted">${esc(bar.label)} · ${esc(BASIS_ZH[t.basis] ?? t.basis)}</div>`}
          <div class="muted small">${esc(t.chapter)}</div></div>`;
      })
      .join('');
  };
  root.querySelector('#targets-load')!.addEventListener('click', () => void load());
  void load();
}
