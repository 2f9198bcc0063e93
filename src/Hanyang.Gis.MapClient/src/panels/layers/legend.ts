// 图例与说明 (#legend): the visible layers' swatches, the symbols' meaning and the data-accuracy note.
import { FACILITY } from '../../catalog';
import { esc } from '../../logic/format';
import { lineSvg, symbolSvg } from '../../styles';
import type { PanelGroup } from './groups';

export function renderLegend(el: HTMLElement): void {
  el.innerHTML = `
  <ul class="legend-list" id="legend-visible"></ul>
  <ul class="legend-list">
    <li>${lineSvg('#f6c343', 3, { casing: '#2f2f2f' })} 桥梁（深色外框）</li>
    <li>${lineSvg('#a07a14', 2, { dash: '6 4' })} 规划道路（虚线）</li>
    <li>${symbolSvg('triangle', FACILITY['primary-school'].color, 16, '#111')} 黑框：规划点名、手工定位的设施（近似）</li>
    <li>${symbolSvg('triangle', FACILITY['primary-school'].color, 16, '#fff')} 白框：生成的示意设施</li>
    <li>${symbolSvg('cross', FACILITY.hospital.color, 16, '#ff00ff')} 品红框：在建</li>
  </ul>
  <p class="legend-note"><strong>数据精度说明：</strong>数据精度分为 官方 / 参考 / 近似 / 示意 四级，点击要素可查看其精度与来源。
  本图无官方测绘数据：区界为参考数据；街道边界、分区、两带、水系为近似绘制；
  <strong>社区位置与人口、名称带“示意”的设施、备选地块、街坊路均为示意（synthetic）数据</strong>，并非真实情况，不可直接作为决策依据。</p>
  <p class="legend-note">道路数据源自 © OpenStreetMap contributors，遵循 ODbL 1.0 许可。</p>`;
}

/** The legend's first part lists exactly the layers that are visible now. */
export function updateVisibleLegend(groups: readonly PanelGroup[]): void {
  const el = document.getElementById('legend-visible');
  if (!el) return;
  const visible = groups.flatMap((g) => g.items).filter((it) => it.layer.getVisible());
  el.dataset.visibleLayers = visible.map((it) => it.id).join(' ');
  el.innerHTML = visible.map((it) => `<li data-legend-for="${esc(it.id)}"><span class="swatch">${it.swatch}</span>${esc(it.label)}</li>`).join('');
}
