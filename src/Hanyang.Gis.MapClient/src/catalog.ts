// Vocabulary of the dataset (geodata/hanyang/*.geojson) and its Chinese labels, colours and symbols.
// Keep the keys exactly as the data spells them. Facility-kind names and travel-mode labels are not here:
// the server serves them (vocabulary.ts).
import type { Mode } from './logic/hash';

export type Accuracy = 'official' | 'reference' | 'approximate' | 'synthetic';

export const ACCURACY_ZH: Record<Accuracy, string> = {
  official: '官方',
  reference: '参考',
  approximate: '近似',
  synthetic: '示意',
};

/** What a planner must be told about a value of the given accuracy. */
export const ACCURACY_NOTE_ZH: Record<Accuracy, string | null> = {
  official: null,
  reference: '参考数据：来自公开资料，非官方测绘成果。',
  approximate: '近似数据：位置或范围为手工估绘，误差可达数百米，仅供参考。',
  synthetic: '示意数据：为演示生成，非真实要素，不可作为决策依据。',
};

/** The collections the server publishes, in load order. */
export const COLLECTIONS = [
  'district',
  'streets',
  'communities',
  'water',
  'zones',
  'belts',
  'roads',
  'facilities',
  'candidate-sites',
] as const;
export type CollectionId = (typeof COLLECTIONS)[number];

export const COLLECTION_ZH: Record<CollectionId, string> = {
  district: '区界',
  streets: '街道',
  communities: '社区',
  water: '水系',
  zones: '功能分区',
  belts: '两带',
  roads: '道路',
  facilities: '设施',
  'candidate-sites': '备选地块',
};

export const ROAD_CLASSES = ['expressway', 'arterial', 'secondary', 'branch', 'local', 'path'] as const;
export type RoadClass = (typeof ROAD_CLASSES)[number];

export interface RoadClassStyle {
  zh: string;
  color: string;
  casing: string;
  /** Line width in pixels at zoom 14; scaled with zoom. */
  width: number;
  zIndex: number;
}

export const ROAD_CLASS: Record<RoadClass, RoadClassStyle> = {
  expressway: { zh: '快速路', color: '#f08a4b', casing: '#b85a1f', width: 3.4, zIndex: 60 },
  arterial: { zh: '主干路', color: '#f6c343', casing: '#a07a14', width: 3.4, zIndex: 50 },
  secondary: { zh: '次干路', color: '#fbe7a1', casing: '#a89358', width: 2.6, zIndex: 40 },
  branch: { zh: '支路', color: '#ffffff', casing: '#9a9a9a', width: 2.2, zIndex: 30 },
  local: { zh: '街坊路', color: '#ffffff', casing: '#c4c4c4', width: 1.2, zIndex: 20 },
  path: { zh: '步行道', color: '#d9d2c3', casing: '#b5ab98', width: 1, zIndex: 10 },
};

/**
 * Road-class checkboxes of the layer panel: `path` is shown together with `local`. Named classes come as
 * features from the OGC API (searchable, clickable); the dense 街坊路 grid (synthetic) comes as the
 * server's vector tiles (`tiles`), fetched only for the area in view when it is switched on.
 */
export const ROAD_GROUPS: { id: string; zh: string; classes: RoadClass[]; on: boolean; tiles?: boolean }[] = [
  { id: 'expressway', zh: '快速路', classes: ['expressway'], on: true },
  { id: 'arterial', zh: '主干路', classes: ['arterial'], on: true },
  { id: 'secondary', zh: '次干路', classes: ['secondary'], on: true },
  { id: 'branch', zh: '支路', classes: ['branch'], on: false },
  { id: 'local', zh: '街坊路（矢量瓦片）', classes: ['local', 'path'], on: false, tiles: true },
];

export const SKELETON_ZH: Record<string, string> = {
  'east-west': '七横（东西向）',
  'north-south': '九纵（南北向）',
};

export const FACILITY_KINDS = [
  'kindergarten',
  'primary-school',
  'junior-middle-school',
  'senior-high-school',
  'hospital',
  'community-health-center',
  'community-health-station',
  'elderly-care',
  'sports',
  'park',
  'parking',
] as const;
export type FacilityKind = (typeof FACILITY_KINDS)[number];

export type SymbolShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'star' | 'cross' | 'pentagon' | 'hexagon';

/** A kind's symbol on the map; its Chinese name comes from the server (vocabulary.ts). */
export interface FacilityKindStyle {
  color: string;
  shape: SymbolShape;
  on: boolean;
}

export const FACILITY: Record<FacilityKind, FacilityKindStyle> = {
  kindergarten: { color: '#f28cb1', shape: 'circle', on: false },
  'primary-school': { color: '#1f78b4', shape: 'triangle', on: true },
  'junior-middle-school': { color: '#6a3d9a', shape: 'triangle', on: true },
  'senior-high-school': { color: '#2b2d7a', shape: 'star', on: false },
  hospital: { color: '#d7191c', shape: 'cross', on: true },
  'community-health-center': { color: '#e66101', shape: 'square', on: true },
  'community-health-station': { color: '#fdae61', shape: 'square', on: false },
  'elderly-care': { color: '#8c510a', shape: 'diamond', on: false },
  sports: { color: '#01665e', shape: 'pentagon', on: false },
  park: { color: '#4dac26', shape: 'hexagon', on: false },
  parking: { color: '#3f3f3f', shape: 'square', on: false },
};

export const ZONE_COLOR: Record<string, string> = {
  zhongjiacun: '#e34a33',
  qintai: '#756bb1',
  sixin: '#31a354',
  hsr: '#3182bd',
};

export const BELT_COLOR: Record<string, string> = {
  yangtze: '#0868ac',
  hanjiang: '#43a2ca',
};

export const MEDICAL_CIRCLE_ZH: Record<string, string> = {
  east: '东部（综合）',
  centre: '中部（专科）',
  south: '南部（中西医结合与康复）',
  west: '西部（互联网+智慧医疗救援）',
};

export const STATUS_ZH: Record<string, string> = {
  existing: '现状',
  planned: '规划',
  'under-construction': '在建',
};

export const CAPACITY_UNIT_ZH: Record<string, string> = {
  seats: '学位',
  beds: '床位',
  spaces: '车位',
  'square-metres': '平方米',
};

export const SHORTAGE_AREA_ZH: Record<string, string> = {
  sixin: '四新地区',
  'west-of-longyang': '龙阳大道以西',
  'moshui-lake': '墨水湖沿岸',
  hsr: '高铁产城融合区',
};

export const WATER_KIND_ZH: Record<string, string> = { river: '河流', lake: '湖泊' };

/** A travel mode identifier; its labels come from the server (vocabulary.ts). */
export type TravelMode = Mode;

export const FONT_FAMILY =
  '"Microsoft YaHei","PingFang SC","Noto Sans CJK SC","WenQuanYi Micro Hei","Source Han Sans SC",sans-serif';

export function accuracyZh(a: unknown): string {
  return typeof a === 'string' && a in ACCURACY_ZH ? ACCURACY_ZH[a as Accuracy] : '未知';
}
