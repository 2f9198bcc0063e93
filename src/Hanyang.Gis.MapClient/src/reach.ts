// 可达查询: click a community → everything it reaches within the chosen mode and minutes, grouped by kind,
// with the routes drawn; click a facility → its service circle and the communities inside it.
import type Feature from 'ol/Feature.js';
import type Map from 'ol/Map.js';
import { fetchFacilityCircle, fetchReach } from './api';
import { FACILITY, FACILITY_KINDS, type TravelMode } from './catalog';
import { facilityKindZh, modeShort } from './vocabulary';
import { esc, int, metresZh, minutesZh } from './logic/format';
import { groupByKind } from './logic/rules';
import { readFeatures, type VLayer } from './map';
import { runTask } from './tasks';

export interface ReachDeps {
  map: Map;
  routeLayer: VLayer;
  circleLayer: VLayer;
  budget: () => { mode: TravelMode; minutes: number };
  setStatus: (text: string, state: string, data?: Record<string, string>) => void;
  focusFacility: (id: string) => void;
}

export interface ReachPanel {
  showCommunity: (code: string, name: string) => Promise<void>;
  showFacility: (id: string, name: string) => Promise<void>;
}

export function initReach(root: HTMLElement, deps: ReachDeps): ReachPanel {
  root.innerHTML = `<p class="hint">点击地图上的社区，查看其在当前出行方式与时间内可达的全部设施及路径；点击设施，查看其服务圈与圈内社区。出行方式与时间取自上方“覆盖分析”表单。</p>
    <div id="reach-error" class="error" role="alert" hidden></div>
    <div id="reach-result"></div>`;
  const errorBox = root.querySelector<HTMLElement>('#reach-error')!;
  const result = root.querySelector<HTMLElement>('#reach-result')!;

  const fit = (layer: VLayer) => {
    const extent = layer.getSource()!.getExtent();
    if (extent && Number.isFinite(extent[0])) deps.map.getView().fit(extent, { padding: [60, 60, 60, 60], maxZoom: 16, duration: 250 });
  };

  async function showCommunity(code: string, name: string): Promise<void> {
    const { mode, minutes } = deps.budget();
    const label = `计算 ${name} ${modeShort(mode)} ${minutes} 分钟可达设施`;
    const r = await runTask(label, errorBox, (signal) => fetchReach(code, mode, minutes, signal));
    if (!r) return;
    deps.circleLayer.getSource()!.clear();
    const src = deps.routeLayer.getSource()!;
    src.clear();
    src.addFeatures(readFeatures(r.routes));
    deps.routeLayer.setVisible(true);
    const groups = groupByKind(r.facilities, FACILITY_KINDS);
    result.innerHTML = `<div class="reach-summary" data-community="${esc(r.community.code)}" data-facility-count="${r.facilities.length}">
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
    result.querySelectorAll<HTMLButtonElement>('button[data-facility]').forEach((b) => b.addEventListener('click', () => deps.focusFacility(b.dataset.facility!)));
    fit(deps.routeLayer);
    deps.setStatus(`可达查询完成：${r.community.name} 可达 ${r.facilities.length} 处设施`, 'reach-done', { reachCommunity: r.community.code, reachCount: String(r.facilities.length) });
  }

  async function showFacility(id: string, name: string): Promise<void> {
    const { mode, minutes } = deps.budget();
    const label = `计算 ${name} ${modeShort(mode)} ${minutes} 分钟服务圈`;
    const r = await runTask(label, errorBox, (signal) => fetchFacilityCircle(id, mode, minutes, signal));
    if (!r) return;
    deps.routeLayer.getSource()!.clear();
    const src = deps.circleLayer.getSource()!;
    src.clear();
    const inside = readFeatures(r.communities);
    inside.forEach((f: Feature) => f.set('part', 'community'));
    src.addFeatures([...readFeatures(r.circle), ...inside]);
    deps.circleLayer.setVisible(true);
    result.innerHTML = `<div class="reach-summary" data-facility="${esc(r.facility.id)}" data-community-count="${inside.length}">
        <div class="summary-title">${esc(r.facility.name)} · ${esc(modeShort(mode))} ${minutes} 分钟服务圈</div>
        <div>${esc(facilityKindZh(r.facility.kind))}${r.facility.accuracy === 'synthetic' ? '<span class="badge warn">示意</span>' : ''} · 可达路网 ${metresZh(r.reached_network_meters)}</div>
        <div>圈内社区 <strong>${inside.length}</strong> 个，人口 ${int(r.population_inside)}（示意）</div></div>
      <ol class="reach-list">${inside.map((f) => `<li>${esc(String(f.get('name')))} <span class="extra">${minutesZh(f.get('minutes'))} · ${int(Number(f.get('population')) || 0)} 人</span></li>`).join('')}</ol>`;
    fit(deps.circleLayer);
    deps.setStatus(`服务圈完成：${r.facility.name} 圈内 ${inside.length} 个社区`, 'facility-done', { facilityId: r.facility.id, facilityCommunities: String(inside.length) });
  }

  return { showCommunity, showFacility };
}
