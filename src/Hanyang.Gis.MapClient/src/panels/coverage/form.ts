// The 覆盖分析 panel's markup: kind, mode and minutes, the run/clear buttons, colouring, progress and result boxes.
import { FACILITY_KINDS } from '../../catalog';
import { esc } from '../../logic/format';
import { facilityKindZh, modeLong, travelModes } from '../../vocabulary';

export function coverageFormHtml(): string {
  return `
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
}
