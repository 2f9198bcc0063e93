// 医疗急救圈: the plan's four 10-minute emergency circles by car, off-peak or peak, and who is outside them.
import type { AppContext } from '../app/context';
import { fetchMedicalCircles } from '../api';
import { esc, int, pct } from '../logic/format';
import { MEDICAL_COLOR } from '../logic/rules';
import { readFeatures } from '../map';
import { runTask } from '../tasks';

export function initMedical(ctx: AppContext): void {
  const root = document.getElementById('medical-panel')!;
  const layer = ctx.layers.medical;
  root.innerHTML = `<div class="actions">
      <button type="button" id="med-offpeak" data-profile="offpeak">平峰</button>
      <button type="button" id="med-peak" data-profile="peak">高峰</button>
      <button type="button" id="med-clear">清除</button></div>
    <div id="med-error" class="error" role="alert" hidden></div>
    <div id="med-result"></div>
    <p class="hint">规划“十四五”第九章：东、中、南、西四个10分钟医疗急救圈，按驾车（CJJ 37 设计车速，高峰按 0.55 折减）从各圈牵头医院计算。医院位置为示意数据（无可核对的参考坐标）。</p>`;
  const errorBox = root.querySelector<HTMLElement>('#med-error')!;
  const result = root.querySelector<HTMLElement>('#med-result')!;
  root.querySelector('#med-clear')!.addEventListener('click', () => {
    layer.getSource()!.clear();
    result.innerHTML = '';
  });
  root.querySelectorAll<HTMLButtonElement>('button[data-profile]').forEach((b) =>
    b.addEventListener('click', async () => {
      const profile = b.dataset.profile as 'offpeak' | 'peak';
      const zh = profile === 'peak' ? '高峰' : '平峰';
      const r = await runTask(`计算医疗急救圈（${zh}）`, errorBox, (signal) => fetchMedicalCircles(profile, signal));
      if (!r) return;
      const src = layer.getSource()!;
      src.clear();
      src.addFeatures(readFeatures(r.circles));
      layer.setVisible(true);
      result.innerHTML = `<div class="summary-title">10分钟医疗急救圈 · ${zh}</div>
        <table class="facts">${r.circles.features
          .map((f) => {
            const p = f.properties ?? {};
            return `<tr data-circle="${esc(String(p.circle))}"><th><span class="sw" style="background:${MEDICAL_COLOR[String(p.circle)] ?? '#888'}"></span>${esc(String(p.name))}（${esc((p.anchors as string[]).join('、'))}）</th><td>${pct(Number(p.coverage_rate))}</td></tr>`;
          })
          .join('')}
          <tr class="outside"><th>四圈之外</th><td>${r.outside.communities} 个社区，${int(r.outside.population)} 人（${pct(r.outside.rate)}）</td></tr></table>`;
      ctx.setStatus(`医疗急救圈完成（${zh}）：四圈之外 ${pct(r.outside.rate)} 人口`, 'medical-done', { medicalProfile: profile, medicalOutside: String(r.outside.population) });
    }),
  );
}
