// Turns a feature's properties into what the popup shows: a title, rows in Chinese, and honesty notes.
import type { FeatureLike } from 'ol/Feature.js';
import {
  ACCURACY_NOTE_ZH,
  CAPACITY_UNIT_ZH,
  COLLECTION_ZH,
  MEDICAL_CIRCLE_ZH,
  ROAD_CLASS,
  SHORTAGE_AREA_ZH,
  SKELETON_ZH,
  STATUS_ZH,
  WATER_KIND_ZH,
  accuracyZh,
  type Accuracy,
  type RoadClass,
} from './catalog';
import { facilityKindZh } from './vocabulary';

export interface Description {
  layer: string;
  title: string;
  rows: [string, string][];
  accuracy: string;
  accuracyCode: string;
  source: string;
  notes: string[];
}

const fmtInt = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });

function s(v: unknown): string | null {
  if (v === null || v === undefined || v === '') return null;
  return String(v);
}

function yesNo(v: unknown): string {
  return v === true ? '是' : v === false ? '否' : '—';
}

function list(v: unknown): string | null {
  return Array.isArray(v) && v.length > 0 ? v.map(String).join('、') : null;
}

type Props = Record<string, unknown>;
type Add = (k: string, v: string | null) => void;

function communityRows(layerKey: string, p: Props, add: Add, notes: string[]): void {
  add('社区代码', s(p.code));
  add('常住人口', typeof p.population === 'number' ? `${fmtInt.format(p.population)} 人` : null);
  add('户数', typeof p.households === 'number' ? `${fmtInt.format(p.households)} 户` : null);
  if (layerKey === 'coverage-communities') {
    add('是否覆盖（路网）', yesNo(p.covered));
    add('最近设施', s(p.nearest_facility) ?? '时间预算内无');
    add('最短出行时间', typeof p.minutes === 'number' ? `${p.minutes.toFixed(1)} 分钟` : '—');
    add('路网距离', typeof p.metres === 'number' ? `${fmtInt.format(p.metres)} 米` : '—');
    add('预算内可达设施数', s(p.count_within_budget));
    add('直线距离口径是否覆盖', yesNo(p.covered_by_straight_line));
  }
  notes.push('社区位置为近似示意点；人口为示意数据（按 2020 年普查全区 837,263 人分摊），并非真实社区人口。');
}

function roadRows(p: Props, add: Add, notes: string[]): void {
  const cls = s(p.class) as RoadClass | null;
  add('道路等级', cls ? ROAD_CLASS[cls]?.zh ?? cls : null);
  add('七横九纵骨架', p.skeleton ? `${SKELETON_ZH[String(p.skeleton)] ?? p.skeleton}${p.skeleton_also ? `，兼${SKELETON_ZH[String(p.skeleton_also)] ?? p.skeleton_also}` : ''}` : '否');
  add('桥梁', yesNo(p.bridge));
  if (p.tunnel === true) add('隧道', '是');
  add('可步行', yesNo(p.walkable));
  add('状态', s(p.status) ? STATUS_ZH[String(p.status)] ?? String(p.status) : null);
  if (p.status === 'planned') notes.push('规划道路（尚未建成），不计入现状可达性。');
}

function facilityRows(p: Props, add: Add, notes: string[]): void {
  const capacitySynthetic = p.capacity_accuracy !== 'official' && p.capacity_accuracy !== 'reference';
  add('类型', s(p.kind) ? facilityKindZh(String(p.kind)) : null);
  if (typeof p.capacity === 'number') {
    const unit = CAPACITY_UNIT_ZH[String(p.capacity_unit)] ?? String(p.capacity_unit ?? '');
    // Every capacity in the shipped dataset is synthetic; only a declared official/reference value is shown plain.
    add('规模', `${fmtInt.format(p.capacity)} ${unit}${capacitySynthetic ? '（示意）' : ''}`);
  }
  add('状态', s(p.status) ? STATUS_ZH[String(p.status)] ?? String(p.status) : null);
  add('规划中点名', p.named_in_plan === true ? '是' : p.named_in_plan === false ? '否' : null);
  if (p.medical_circle) add('10分钟医疗急救圈', MEDICAL_CIRCLE_ZH[String(p.medical_circle)] ?? String(p.medical_circle));
  if (p.accuracy === 'synthetic') notes.push('示意设施：为演示生成的替代点，并非真实设施。');
  if (typeof p.capacity === 'number' && capacitySynthetic && p.accuracy !== 'synthetic') notes.push('规模（床位/学位/车位）为示意值，非真实数据。');
}

export function describe(layerKey: string, f: FeatureLike): Description {
  const p = f.getProperties();
  const rows: [string, string][] = [];
  const notes: string[] = [];
  const add = (k: string, v: string | null) => {
    if (v !== null) rows.push([k, v]);
  };
  let layer = (COLLECTION_ZH as Record<string, string>)[layerKey] ?? layerKey;
  let title = s(p.name) ?? s(p.id) ?? '（无名称）';

  switch (layerKey) {
    case 'district':
      add('行政区划代码', s(p.adcode));
      break;
    case 'streets':
      add('街道代码', s(p.code));
      notes.push('街道边界为按街道中心生成的泰森多边形，非官方界线，边缘误差可达数百米。');
      break;
    case 'communities':
    case 'coverage-communities':
      if (layerKey === 'coverage-communities') layer = '覆盖分析·社区';
      communityRows(layerKey, p, add, notes);
      break;
    case 'water':
      add('类型', s(p.kind) ? WATER_KIND_ZH[String(p.kind)] ?? String(p.kind) : null);
      if (p.kind === 'lake') notes.push('湖泊形状为手工放置的椭圆，仅示意大致位置与规模。');
      break;
    case 'zones':
      add('组成片区', list(p.parts));
      add('规划依据', '“十四五”规划 第三章 第一节（四区支撑）');
      notes.push('分区范围依规划文字描述绘制，非法定规划边界。');
      break;
    case 'belts':
      add('沿线河流', s(p.river));
      add('组成部分', list(p.parts));
      add('规划依据', '“十四五”规划 第三章 第二节（两带拱卫）');
      break;
    case 'roads':
      roadRows(p, add, notes);
      break;
    case 'facilities':
      facilityRows(p, add, notes);
      break;
    case 'candidate-sites':
      add('所在短缺区域', s(p.shortage_area) ? SHORTAGE_AREA_ZH[String(p.shortage_area)] ?? String(p.shortage_area) : null);
      add('面积', typeof p.area_m2 === 'number' ? `${fmtInt.format(p.area_m2)} 平方米` : null);
      add('适宜设施', Array.isArray(p.suitable_kinds) ? p.suitable_kinds.map((k) => facilityKindZh(String(k))).join('、') : null);
      notes.push('示意地块：为演示生成，并非真实用地。');
      break;
    case 'isochrones':
      layer = '服务圈';
      title = p.dissolved === true ? '服务圈（合并）' : s(p.facility) ?? '服务圈';
      add('设施类型', s(p.kind) ? facilityKindZh(String(p.kind)) : null);
      add('时间', typeof p.minutes === 'number' ? `${p.minutes} 分钟` : null);
      add('可达路网长度', typeof p.reached_network_meters === 'number' ? `${(p.reached_network_meters / 1000).toFixed(1)} 公里` : null);
      notes.push('服务圈为可达路段缓冲形成的多边形，基于含示意街坊路的路网计算。');
      break;
    default:
      break;
  }

  const accuracyCode = s(p.accuracy) ?? (layerKey === 'isochrones' ? 'derived' : '');
  const accuracy = layerKey === 'isochrones' ? '分析结果' : accuracyZh(p.accuracy);
  const note = (ACCURACY_NOTE_ZH as Record<string, string | null | undefined>)[accuracyCode as Accuracy];
  if (note) notes.unshift(note);
  if (p.population_accuracy === 'synthetic' && !notes.some((n) => n.includes('人口'))) notes.push('人口为示意数据。');
  let source = s(p.source) ?? (layerKey === 'isochrones' || layerKey === 'coverage-communities' ? 'Hanyang.Gis 分析接口' : '—');
  if (layerKey === 'coverage-communities') source = `${source}；覆盖结果：Hanyang.Gis 分析接口（api/coverage）`;
  return { layer, title, rows, accuracy, accuracyCode, source, notes };
}
