// 方案对比 panel (#compare-panel): compare two stored scenarios — or one and the plan as it stands — side by
// side (view.ts), and list the stored scenarios with 删除 (If-Match, the operator's write token). Refreshes
// and selects a scenario when the 选址 panel saves one ('scenario-saved').
import { ApiError, deleteScenario, fetchScenarios } from '../../api';
import type { Scenario } from '../../api-types';
import type { AppContext } from '../../app/context';
import { FACILITY_KINDS, type TravelMode } from '../../catalog';
import { esc, int, pct } from '../../logic/format';
import { compareCoverage, defaultMinutes, deltaPoints, scenarioKind } from '../../logic/scenarios';
import { runTask } from '../../tasks';
import { facilityKindZh, modeLong, modeShort, travelModes } from '../../vocabulary';
import { storeToken, storedToken, writeError } from '../../write-token';
import { PLAN, sideCoverage, type Side } from './sides';
import { CompareView } from './view';

function compareFormHtml(): string {
  return `<form id="compare-form" class="form">
      <label>方案 A <select id="compare-a"></select></label>
      <label>方案 B <select id="compare-b"></select></label>
      <label>设施 <select id="compare-kind">${FACILITY_KINDS.map((k) => `<option value="${k}">${esc(facilityKindZh(k))}</option>`).join('')}</select></label>
      <label>出行 <select id="compare-mode">${travelModes().map((m) => `<option value="${esc(m.id)}">${esc(modeLong(m.id))}</option>`).join('')}</select></label>
      <label>分钟 <input id="compare-minutes" type="number" min="1" max="60" value="10"></label>
      <div class="actions"><button type="submit" id="compare-run" class="primary">并排对比</button><button type="button" id="compare-refresh">刷新方案列表</button></div>
    </form>
    <div id="compare-error" class="error" role="alert" hidden></div>
    <div id="compare-summary"></div>
    <div class="summary-title">已保存的方案</div>
    <ul id="scenario-list" class="scenario-list"></ul>
    <label id="compare-token-row" class="token-row" hidden>写入口令 <input id="compare-token" type="password" autocomplete="off" placeholder="删除方案需要写入口令"></label>
    <div id="scenario-list-message" role="status"></div>`;
}

/** The stored scenarios as list items, each with its 删除 button. */
function scenarioListHtml(scenarios: readonly Scenario[]): string {
  return scenarios.length === 0
    ? '<li class="muted">尚无方案：在“选址”结果下点“保存为方案”。</li>'
    : scenarios
        .map(
          (s) => `<li data-scenario-id="${esc(s.id)}"><div class="scenario-name">${esc(s.name)}</div>
                <div class="hint">${esc(s.description || '（无说明）')}；拟建 ${s.added_facilities.features.length} 处${s.removed_facilities.length > 0 ? `，关闭 ${s.removed_facilities.length} 处` : ''}</div>
                <button type="button" class="scenario-delete" data-id="${esc(s.id)}">删除</button></li>`,
        )
        .join('');
}

class ComparePanel {
  private scenarios: Scenario[] = [];
  private readonly selA: HTMLSelectElement;
  private readonly selB: HTMLSelectElement;
  private readonly kind: HTMLSelectElement;
  private readonly minutes: HTMLInputElement;
  private readonly errorBox: HTMLElement;
  private readonly listMessage: HTMLElement;
  private readonly tokenRow: HTMLElement;

  constructor(
    private readonly root: HTMLElement,
    private readonly ctx: AppContext,
  ) {
    this.selA = this.q<HTMLSelectElement>('compare-a');
    this.selB = this.q<HTMLSelectElement>('compare-b');
    this.kind = this.q<HTMLSelectElement>('compare-kind');
    this.minutes = this.q<HTMLInputElement>('compare-minutes');
    this.errorBox = this.q<HTMLElement>('compare-error');
    this.listMessage = this.q<HTMLElement>('scenario-list-message');
    this.tokenRow = this.q<HTMLElement>('compare-token-row');
  }

  q<T extends HTMLElement>(id: string): T {
    return this.root.querySelector<T>(`#${id}`)!;
  }

  private options(selected: string): string {
    return [`<option value="${PLAN}">现状规划（不含方案）</option>`, ...this.scenarios.map((s) => `<option value="${esc(s.id)}">${esc(s.name)}</option>`)]
      .join('')
      .replace(`value="${esc(selected)}"`, `value="${esc(selected)}" selected`);
  }

  /** The facility kind and minutes follow the scenario chosen (B first). */
  followKind(): void {
    const s = this.scenarios.find((x) => x.id === this.selB.value) ?? this.scenarios.find((x) => x.id === this.selA.value);
    const k = s ? scenarioKind(s.added_facilities.features) : null;
    if (k) {
      this.kind.value = k;
      this.minutes.value = String(defaultMinutes(k));
    }
  }

  /** Reloads the scenario list; selects `select` as B when given. */
  async refresh(select?: string): Promise<void> {
    try {
      this.scenarios = await fetchScenarios();
    } catch (e) {
      this.errorBox.hidden = false;
      this.errorBox.textContent = `方案列表加载失败：${e instanceof Error ? e.message : String(e)}`;
      return;
    }
    const a = this.selA.value;
    const b = select ?? this.selB.value;
    this.selA.innerHTML = this.options(this.scenarios.some((s) => s.id === a) ? a : PLAN);
    this.selB.innerHTML = this.options(this.scenarios.some((s) => s.id === b) ? b : (this.scenarios[this.scenarios.length - 1]?.id ?? PLAN));
    this.root.dataset.scenarioCount = String(this.scenarios.length);
    this.renderList();
    if (select) this.followKind();
  }

  private renderList(): void {
    const list = this.q<HTMLUListElement>('scenario-list');
    list.innerHTML = scenarioListHtml(this.scenarios);
    list.querySelectorAll<HTMLButtonElement>('button.scenario-delete').forEach((b) => b.addEventListener('click', () => void this.delete(b)));
  }

  private async delete(b: HTMLButtonElement): Promise<void> {
    const s = this.scenarios.find((x) => x.id === b.dataset.id);
    if (!s) return;
    if (b.dataset.armed !== 'true') {
      // A second click confirms: nothing is deleted by a stray click.
      b.dataset.armed = 'true';
      b.textContent = '确认删除？';
      return;
    }
    const message = this.listMessage;
    const token = storedToken() || this.q<HTMLInputElement>('compare-token').value.trim();
    if (!token) {
      this.tokenRow.hidden = false;
      message.className = 'error';
      message.textContent = '删除方案需要写入口令。';
      return;
    }
    try {
      await deleteScenario(s.id, s.version, token);
      storeToken(token);
      this.tokenRow.hidden = true;
      message.className = 'saved';
      message.textContent = `已删除方案「${s.name}」。`;
      await this.refresh();
      this.ctx.setStatus(`已删除方案：${s.name}`, 'scenario-deleted', { scenarioId: s.id });
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) {
        storeToken('');
        this.tokenRow.hidden = false;
      }
      message.className = 'error';
      message.textContent = e instanceof ApiError && e.status === 409 ? `方案「${s.name}」已被他人修改或删除，请刷新列表后再试。` : writeError(e, '删除');
    }
  }

  /** Coverage under A and under B for the form's kind, mode and minutes, shown side by side. */
  async compare(view: CompareView): Promise<void> {
    const query = { kind: this.kind.value, mode: this.q<HTMLSelectElement>('compare-mode').value as TravelMode, minutes: Number(this.minutes.value) };
    const ids = [this.selA.value, this.selB.value];
    if (ids[0] === ids[1]) {
      this.errorBox.hidden = false;
      this.errorBox.textContent = '请选择两个不同的方案进行对比。';
      return;
    }
    const sides = await runTask('方案对比', this.errorBox, (signal) =>
      Promise.all(
        ids.map(async (id): Promise<Side> => {
          const scenario = this.scenarios.find((s) => s.id === id) ?? null;
          return { id, title: id === PLAN ? '现状规划（不含方案）' : (scenario?.name ?? id), coverage: await sideCoverage(id, query, signal), scenario };
        }),
      ),
    );
    if (!sides) return;
    const [a, b] = sides as [Side, Side];
    const label = `${facilityKindZh(query.kind)} · ${modeShort(query.mode)} ${query.minutes} 分钟`;
    view.show(a, b, label);
    const d = compareCoverage(a.coverage, b.coverage).district;
    this.q('compare-summary').innerHTML = `<table class="facts"><tr><th>A：${esc(a.title)}</th><td>${pct(d.a)}</td></tr><tr><th>B：${esc(b.title)}</th><td>${pct(d.b)}</td></tr>
      <tr><th>B 相对 A</th><td>${esc(deltaPoints(d.delta))}（${d.deltaPopulation >= 0 ? '+' : '−'}${int(Math.abs(d.deltaPopulation))} 人）</td></tr></table>`;
    this.ctx.setStatus(`方案对比：${a.title} ${pct(d.a)} ⟷ ${b.title} ${pct(d.b)}`, 'compare-done', { compareA: String(d.a), compareB: String(d.b) });
  }
}

export function initCompare(ctx: AppContext): void {
  const root = document.getElementById('compare-panel')!;
  root.innerHTML = compareFormHtml();
  const panel = new ComparePanel(root, ctx);
  panel.q<HTMLSelectElement>('compare-kind').value = 'primary-school';
  panel.q('compare-a').addEventListener('change', () => panel.followKind());
  panel.q('compare-b').addEventListener('change', () => panel.followKind());
  panel.q('compare-refresh').addEventListener('click', () => void panel.refresh());
  const view = new CompareView(ctx.map.getTargetElement(), ctx);
  panel.q<HTMLFormElement>('compare-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    void panel.compare(view);
  });
  ctx.bus.on('scenario-saved', (saved) => {
    ctx.setStatus(`已保存方案：${saved.name}`, 'scenario-saved', { scenarioId: saved.id });
    void panel.refresh(saved.id);
  });
  void panel.refresh();
}
