// The layer panel's entries, grouped 规划 / 基础 / 道路 / 设施 / 分析结果: id (data-layer), label, legend swatch, layer.
import type BaseLayer from 'ol/layer/Base.js';
import type { LayerSet } from '../../app/layers';
import { BELT_COLOR, FACILITY, FACILITY_KINDS, ROAD_CLASS, ROAD_GROUPS, ZONE_COLOR } from '../../catalog';
import { COVERED_COLOR, UNCOVERED_COLOR, areaSvg, lineSvg, rgba, symbolSvg } from '../../styles';
import { facilityKindZh } from '../../vocabulary';

export interface PanelItem {
  id: string;
  label: string;
  swatch: string;
  layer: BaseLayer;
}

export interface PanelGroup {
  title: string;
  items: PanelItem[];
}

const pointSwatch = (color: string) => symbolSvg('circle', color, 16);

export function layerGroups(layers: LayerSet): PanelGroup[] {
  return [
    {
      title: '规划',
      items: [
        { id: 'zones', label: '功能分区（四区）', swatch: areaSvg(rgba(ZONE_COLOR.zhongjiacun!, 0.25), ZONE_COLOR.zhongjiacun!), layer: layers.zones },
        { id: 'belts', label: '两带（沿江、沿汉江）', swatch: areaSvg(rgba(BELT_COLOR.yangtze!, 0.25), BELT_COLOR.yangtze!, '4 2'), layer: layers.belts },
      ],
    },
    {
      title: '基础',
      items: [
        { id: 'district', label: '区界', swatch: lineSvg('#5a3d2b', 2.5, { dash: '8 3 2 3' }), layer: layers.district },
        { id: 'streets', label: '街道', swatch: areaSvg('rgba(0,0,0,0)', '#7a6a5a', '3 3'), layer: layers.streets },
        { id: 'communities', label: '社区（按人口大小）', swatch: pointSwatch('rgba(128,96,170,0.8)'), layer: layers.communities },
        { id: 'water', label: '水系', swatch: areaSvg('#b5d3ea', '#7fb0d6'), layer: layers.water },
      ],
    },
    {
      title: '道路',
      items: [
        ...ROAD_GROUPS.map((g) => {
          const s = ROAD_CLASS[g.classes[0]!];
          return { id: `roads:${g.id}`, label: g.zh, swatch: lineSvg(s.color, Math.max(1.5, s.width * 0.8), { casing: s.casing }), layer: layers.road(g.id) };
        }),
        { id: 'roads:skeleton', label: '七横九纵骨架', swatch: lineSvg('#d7301f', 1.5, { halo: 'rgba(215,48,31,0.3)' }), layer: layers.skeleton },
      ],
    },
    {
      title: '设施',
      items: [
        ...FACILITY_KINDS.map((k) => ({ id: `facilities:${k}`, label: facilityKindZh(k), swatch: symbolSvg(FACILITY[k].shape, FACILITY[k].color, 16), layer: layers.facilities.get(k)! })),
        { id: 'candidate-sites', label: '备选地块', swatch: symbolSvg('diamond', 'rgba(255,214,0,0.5)', 16, '#8a6d00'), layer: layers.sites },
      ],
    },
    {
      title: '分析结果',
      items: [
        { id: 'coverage-communities', label: '社区覆盖（绿：覆盖 / 红：未覆盖）', swatch: `${pointSwatch(COVERED_COLOR)}${pointSwatch(UNCOVERED_COLOR)}`, layer: layers.coverage },
        { id: 'isochrones', label: '服务圈', swatch: areaSvg('rgba(31,120,180,0.15)', '#1f78b4'), layer: layers.isochrones },
        { id: 'reach-routes', label: '社区可达路径', swatch: lineSvg('#1f78b4', 3, { halo: '#ffffff' }), layer: layers.routes },
        { id: 'facility-circle', label: '单个设施服务圈', swatch: areaSvg('rgba(230,97,1,0.14)', '#e66101'), layer: layers.facilityCircle },
        { id: 'medical-circles', label: '医疗急救圈', swatch: areaSvg('rgba(228,26,28,0.16)', '#e41a1c'), layer: layers.medical },
      ],
    },
  ];
}
