// 保存为方案: the form under a siting result that stores it as a scenario (POST /api/scenarios, all or
// nothing, with the operator's write token).
import { ApiError, createScenario } from '../../api';
import type { Scenario, SitingResult } from '../../api-types';
import { esc, pct } from '../../logic/format';
import { OBJECTIVE_ZH, candidatesZh, defaultScenarioName, measureWord, scenarioBody, scenarioId, type SiteFeature } from '../../logic/scenarios';
import type { SitingForm } from '../../logic/siting';
import { modeShort } from '../../vocabulary';
import { storeToken, storedToken, writeError } from '../../write-token';

/** The 保存为方案 form under a siting result. */
export function renderSaveForm(el: HTMLElement, r: SitingResult, form: SitingForm, kindZh: string, onSaved: (s: Scenario) => void): void {
  const count = r.sites.features.length;
  const name = defaultScenarioName(kindZh, modeShort(form.mode), count, form.objective, form.minutes, measureWord(form.kind));
  const needToken = storedToken() === '';
  el.innerHTML = `<form id="scenario-save" class="form save-form">
      <label>方案名称 <input id="scenario-name" maxlength="200" value="${esc(name)}"></label>
      <label id="scenario-token-row"${needToken ? '' : ' hidden'}>写入口令 <input id="scenario-token" type="password" autocomplete="off" placeholder="运维设置的 Auth__Token"></label>
      <div class="actions"><button type="submit" id="scenario-save-button" class="primary">保存为方案</button></div>
    </form>
    <div id="scenario-save-message" role="status"></div>`;
  const message = el.querySelector<HTMLElement>('#scenario-save-message')!;
  const tokenRow = el.querySelector<HTMLElement>('#scenario-token-row')!;
  const tokenInput = el.querySelector<HTMLInputElement>('#scenario-token')!;
  const button = el.querySelector<HTMLButtonElement>('#scenario-save-button')!;
  el.querySelector<HTMLFormElement>('#scenario-save')!.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const token = tokenRow.hidden ? storedToken() : tokenInput.value.trim();
    const scenarioName = el.querySelector<HTMLInputElement>('#scenario-name')!.value.trim();
    if (!scenarioName) {
      message.className = 'error';
      message.textContent = '请填写方案名称。';
      return;
    }
    if (!token) {
      tokenRow.hidden = false;
      message.className = 'error';
      message.textContent = '保存方案需要写入口令。';
      return;
    }
    const id = scenarioId(new Date(), Math.random().toString(36).slice(2));
    const description = `选址：${kindZh} ${count} ${measureWord(form.kind)}，${OBJECTIVE_ZH[form.objective] ?? form.objective}，${modeShort(form.mode)} ${form.minutes} 分钟，候选：${candidatesZh(form.candidates)}${form.capacitated ? '，容量约束' : ''}；覆盖率 ${pct(r.before.district.coverage_rate)} → ${pct(r.after.district.coverage_rate)}`;
    button.disabled = true;
    message.className = 'hint';
    message.textContent = '正在保存…';
    try {
      const saved = await createScenario(scenarioBody(id, scenarioName, description, r.sites.features as SiteFeature[], form.kind), token);
      storeToken(token);
      tokenRow.hidden = true;
      message.className = 'saved';
      message.dataset.scenarioId = saved.id;
      message.textContent = `已保存方案「${saved.name}」（${saved.added_facilities.features.length} 处拟建设施），可在“方案对比”中与其他方案并排比较。`;
      onSaved(saved);
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) {
        storeToken('');
        tokenRow.hidden = false;
        tokenInput.value = '';
      }
      message.className = 'error';
      message.textContent = writeError(e, '保存');
    } finally {
      button.disabled = false;
    }
  });
}

