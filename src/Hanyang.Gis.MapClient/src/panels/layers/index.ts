// 图层 panel (#layer-panel) and 图例与说明 (#legend): a checkbox, swatch, feature count and opacity slider per
// layer, grouped; counts arrive as 'layer-count' events; switching a layer off closes the popup ('popup-close').
import type { AppContext } from '../../app/context';
import { esc } from '../../logic/format';
import { layerGroups, type PanelGroup, type PanelItem } from './groups';
import { renderLegend, updateVisibleLegend } from './legend';

function itemHtml(it: PanelItem): string {
  return `<label class="layer-item" title="${esc(it.label)}">
          <input type="checkbox" data-layer="${esc(it.id)}" data-feature-count="0"${it.layer.getVisible() ? ' checked' : ''} />
          <span class="swatch">${it.swatch}</span><span class="layer-name">${esc(it.label)}</span>
          <span class="count" data-count-for="${esc(it.id)}">…</span></label>
          <input type="range" class="opacity" min="0" max="100" step="5" value="100" data-opacity-for="${esc(it.id)}" aria-label="${esc(it.label)} 透明度" title="不透明度" />`;
}

function wireItem(ctx: AppContext, panel: HTMLElement, groups: readonly PanelGroup[], it: PanelItem): HTMLInputElement {
  const cb = panel.querySelector<HTMLInputElement>(`input[data-layer="${CSS.escape(it.id)}"]`)!;
  cb.addEventListener('change', () => {
    it.layer.setVisible(cb.checked);
    if (!cb.checked) ctx.bus.emit('popup-close');
  });
  it.layer.on('change:visible', () => {
    cb.checked = it.layer.getVisible();
    updateVisibleLegend(groups);
  });
  const slider = panel.querySelector<HTMLInputElement>(`input[data-opacity-for="${CSS.escape(it.id)}"]`)!;
  slider.addEventListener('input', () => it.layer.setOpacity(Number(slider.value) / 100));
  return cb;
}

export function initLayerPanel(ctx: AppContext): void {
  const panel = document.getElementById('layer-panel')!;
  const groups = layerGroups(ctx.layers);
  panel.innerHTML = groups.map((g) => `<fieldset class="layer-group"><legend>${esc(g.title)}</legend>${g.items.map(itemHtml).join('')}</fieldset>`).join('');
  const checkboxes = new Map<string, HTMLInputElement>();
  for (const it of groups.flatMap((g) => g.items)) checkboxes.set(it.id, wireItem(ctx, panel, groups, it));

  ctx.bus.on('layer-count', ({ id, count, failed = false }) => {
    const cb = checkboxes.get(id);
    const label = panel.querySelector<HTMLElement>(`[data-count-for="${CSS.escape(id)}"]`);
    if (cb) {
      cb.dataset.featureCount = count === null ? '0' : String(count);
      if (failed) cb.dataset.failed = 'true';
      else delete cb.dataset.failed;
    }
    if (label) {
      label.textContent = failed ? '加载失败' : count === null ? '…' : String(count);
      label.classList.toggle('failed', failed);
    }
  });

  renderLegend(document.getElementById('legend')!);
  updateVisibleLegend(groups);
}
