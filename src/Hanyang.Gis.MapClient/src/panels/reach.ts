// 可达查询: click a community → everything it reaches within the chosen mode and minutes, grouped by kind,
// with the routes drawn; click a facility → its service circle and the communities inside it.
import type Feature from 'ol/Feature.js';
import type { AppContext } from '../app/context';
import { findFeature } from '../app/features';
import { fetchFacilityCircle, fetchReach } from '../api';
import type { FacilityCircleResult, ReachResult } from '../api-types';
import { FACILITY, FACILITY_KINDS } from '../catalog';
import { facilityKindZh, modeShort } from '../vocabulary';
import { esc, int, metresZh, minutesZh } from '../logic/format';
import { groupByKind } from '../logic/rules';
import { readFeatures, type VLayer } from '../map';
import { runTask } from '../tasks';

/** What a community reaches, grouped by facility kind, each facility a button that focuses it. */
function reachHtml(r: ReachResult, mode: string, minutes: number): string {
  const groups = groupByKind(r.facilities, FACILITY_KINDS);
  return `<div class="reach-summary" data-community="${esc(r.community.code)}" data-facility-count="${r.facilities.length}">
      <div class="summary-title">${esc(r.community.name)} · ${esc(modeShort(mode))} ${minutes} 分钟</div>
      <div>可达设施 <strong>${r.facilities.length}</strong> 处（人口 ${int(r.community.population)}，示意）</div></div>
    ${groups.length === 0 ? '<p class="note">时间预算内无可达设施。</p>' : ''}
    ${groups
      .map(
        (g) => `<h3 class="reach-kind" data-kind="${esc(g.kind)}"><span class="sw" style="background:${FACILITY[g.kind as keyof typeof FACILITY]?.color ?? '#888'}"></span>${esc(facilityKindZh(g.kind))}（${g.items.length}）</h3>
        <ul class="reach-list">${g.items
          .map(
            (f) => `<li><button type="button" data-facility="${esc(f.id)}"><span class="name">${esc(f.name)}${f.accuracy === 'synthetic' ? '<span class="badge warn">示意</span>' : ''}</span><span class="extra">${minutesZh(f.minutes)} · 路网 ${metresZh(f.metres)}</span></button></li>`,
          )
          .join('')}</ul>`,
      )
      .join('')}`;
}

/** A facility's service circle and the communities inside it. */
function facilityCircleHtml(r: FacilityCircleResult, inside: readonly Feature[], mode: string, minutes: number): string {
  return `<div class="reach-summary" data-facility="${esc(r.facility.id)}" data-community-count="${inside.length}">
      <div class="summary-title">${esc(r.facility.name)} · ${esc(modeShort(mode))} ${minutes} 分钟服务圈</div>
      <div>${esc(facilityKindZh(r.facility.kind))}${r.facility.accuracy === 'synthetic' ? '<span class="badge warn">示意</span>' : ''} · 可达路网 ${metresZh(r.reached_network_meters)}</div>
      <div>圈内社区 <strong>${inside.length}</strong> 个，人口 ${int(r.population_inside)}（示意）</div></div>
    <ol class="reach-list">${inside.map((f) => `<li>${esc(String(f.get('name')))} <span class="extra">${minutesZh(f.get('minutes'))} · ${int(Number(f.get('population')) || 0)} 人</span></li>`).join('')}</ol>`;
}

export function initReach(ctx: AppContext): void {
  const root = document.getElementById('reach-panel')!;
  const { layers } = ctx;
  root.innerHTML = `<p class="hint">点击地图上的社区，查看其在当前出行方式与时间内可达的全部设施及路径；点击设施，查看其服务圈与圈内社区。出行方式与时间取自上方“覆盖分析”表单。</p>
    <div id="reach-error" class="error" role="alert" hidden></div>
    <div id="reach-result"></div>`;
  const errorBox = root.querySelector<HTMLElement>('#reach-error')!;
  const result = root.querySelector<HTMLElement>('#reach-result')!;

  const fit = (layer: VLayer) => {
    const extent = layer.getSource()!.getExtent();
    if (extent && Number.isFinite(extent[0])) ctx.map.getView().fit(extent, { padding: [60, 60, 60, 60], maxZoom: 16, duration: 250 });
  };

  async function showCommunity(code: string, name: string): Promise<void> {
    const { mode, minutes } = ctx.state.budget;
    const label = `计算 ${name} ${modeShort(mode)} ${minutes} 分钟可达设施`;
    const r = await runTask(label, errorBox, (signal) => fetchReach(code, mode, minutes, signal));
    if (!r) return;
    layers.facilityCircle.getSource()!.clear();
    const src = layers.routes.getSource()!;
    src.clear();
    src.addFeatures(readFeatures(r.routes));
    layers.routes.setVisible(true);
    result.innerHTML = reachHtml(r, mode, minutes);
    result.querySelectorAll<HTMLButtonElement>('button[data-facility]').forEach((b) => b.addEventListener('click', () => focusFacility(b.dataset.facility!)));
    fit(layers.routes);
    ctx.setStatus(`可达查询完成：${r.community.name} 可达 ${r.facilities.length} 处设施`, 'reach-done', { reachCommunity: r.community.code, reachCount: String(r.facilities.length) });
  }

  async function showFacility(id: string, name: string): Promise<void> {
    const { mode, minutes } = ctx.state.budget;
    const label = `计算 ${name} ${modeShort(mode)} ${minutes} 分钟服务圈`;
    const r = await runTask(label, errorBox, (signal) => fetchFacilityCircle(id, mode, minutes, signal));
    if (!r) return;
    layers.routes.getSource()!.clear();
    const src = layers.facilityCircle.getSource()!;
    src.clear();
    const inside = readFeatures(r.communities);
    inside.forEach((f: Feature) => f.set('part', 'community'));
    src.addFeatures([...readFeatures(r.circle), ...inside]);
    layers.facilityCircle.setVisible(true);
    result.innerHTML = facilityCircleHtml(r, inside, mode, minutes);
    fit(layers.facilityCircle);
    ctx.setStatus(`服务圈完成：${r.facility.name} 圈内 ${inside.length} 个社区`, 'facility-done', { facilityId: r.facility.id, facilityCommunities: String(inside.length) });
  }

  const focusFacility = (id: string) => {
    const found = findFeature(layers, `facility:${id}`);
    if (found) ctx.bus.emit('feature-focus', { key: found.layerKey, feature: found.features[0]! });
  };

  // A click on a community (or a community inside a facility's circle) or on a facility on the main map.
  ctx.bus.on('feature-click', ({ key, feature }) => {
    const p = feature.getProperties();
    if ((key === 'communities' || key === 'coverage-communities' || (key === 'facility-circle' && p.part === 'community')) && p.code) {
      void showCommunity(String(p.code), String(p.name ?? p.code));
    } else if (key === 'facilities' && p.id) {
      void showFacility(String(p.id), String(p.name ?? p.id));
    }
  });
}
