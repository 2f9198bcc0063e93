// Pure logic of 方案 (scenarios): what a siting result is saved as, and how two scenarios' coverage compare.
import type { Cell, Sheet } from './xlsx';

/** Coverage of one area (the district, a street or a zone), as the server reports it. */
export interface AreaCoverage {
  id: string;
  name: string;
  population: number;
  covered_population: number;
  coverage_rate: number;
}

/** A coverage summary with its communities (GeoJSON points carrying code, name, population, covered, minutes). */
export interface ScenarioCoverage {
  facilities: number;
  district: AreaCoverage;
  streets: AreaCoverage[];
  zones: AreaCoverage[];
  communities: { features: { properties: Record<string, unknown> | null }[] };
}

/** A feature of a siting result's `sites`. */
export interface SiteFeature {
  type: 'Feature';
  geometry: unknown;
  properties: Record<string, unknown> | null;
}

export const OBJECTIVE_ZH: Record<string, string> = {
  'max-coverage': '最大覆盖',
  'min-facilities': '最少设施全覆盖',
  'p-median': '最小总出行时间',
};

/** The name a siting run is offered to be saved under, e.g. "新建9所小学（步行10分钟·最大覆盖）" (names and labels from the server). */
export function defaultScenarioName(kindZh: string, modeZh: string, count: number, objective: string, minutes: number, unit = '所'): string {
  return `新建${count}${unit}${kindZh}（${modeZh}${minutes}分钟·${OBJECTIVE_ZH[objective] ?? objective}）`;
}

/** The measure word of a facility kind: 所 for schools and kindergartens, 处 otherwise. */
export function measureWord(kind: string): string {
  return /school|kindergarten/.test(kind) ? '所' : '处';
}

/** Only the properties a proposed facility is stored with (the solver's bookkeeping stays in the run). */
const KEPT = ['id', 'name', 'kind', 'capacity', 'capacity_unit', 'status'] as const;

/**
 * The POST /api/scenarios body for a siting run: its proposed sites as the scenario's new facilities,
 * each with a fresh id under the scenario's, and the run's parameters in the description.
 */
export function scenarioBody(id: string, name: string, description: string, sites: readonly SiteFeature[], kind: string): Record<string, unknown> {
  return {
    id,
    name,
    description,
    added_facilities: {
      type: 'FeatureCollection',
      features: sites.map((s, i) => {
        const p = s.properties ?? {};
        const properties: Record<string, unknown> = {};
        for (const k of KEPT) if (p[k] !== undefined && p[k] !== null) properties[k] = p[k];
        properties.id = `${id}-${String(i + 1).padStart(2, '0')}`;
        properties.kind = properties.kind ?? kind;
        properties.status = 'planned';
        properties.source = `方案「${name}」选址（模型建议，示意）`;
        return { type: 'Feature', geometry: s.geometry, properties };
      }),
    },
  };
}

/** A scenario id from a name and a time: "scn-20261203-0812-ab12" (letters, digits and '-' only). */
export function scenarioId(now: Date, random: string): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}${p(now.getSeconds())}`;
  return `scn-${stamp}-${random.replace(/[^a-z0-9]/gi, '').slice(0, 4).toLowerCase()}`;
}

/** One row of the side-by-side table. */
export interface CompareRow {
  id: string;
  name: string;
  population: number;
  a: number;
  b: number;
  /** b − a in rate (fraction). */
  delta: number;
  /** b − a in covered residents. */
  deltaPopulation: number;
}

function rows(a: readonly AreaCoverage[], b: readonly AreaCoverage[]): CompareRow[] {
  const byId = new Map(b.map((x) => [x.id, x]));
  return a.map((x) => {
    const y = byId.get(x.id);
    const rb = y?.coverage_rate ?? 0;
    return {
      id: x.id,
      name: x.name,
      population: x.population,
      a: x.coverage_rate,
      b: rb,
      delta: rb - x.coverage_rate,
      deltaPopulation: (y?.covered_population ?? 0) - x.covered_population,
    };
  });
}

/** District, streets and zones of A beside those of B. */
export function compareCoverage(a: ScenarioCoverage, b: ScenarioCoverage): { district: CompareRow; streets: CompareRow[]; zones: CompareRow[] } {
  return { district: rows([a.district], [b.district])[0]!, streets: rows(a.streets, b.streets), zones: rows(a.zones, b.zones) };
}

/** How communities fare in A and B: covered in both, only in A, only in B, in neither (counts and residents). */
export function communityChange(a: ScenarioCoverage, b: ScenarioCoverage): {
  both: number;
  onlyA: string[];
  onlyB: string[];
  neither: number;
  onlyAPopulation: number;
  onlyBPopulation: number;
} {
  const covered = (c: ScenarioCoverage) =>
    new Map(c.communities.features.map((f) => [String(f.properties?.code), { covered: f.properties?.covered === true, name: String(f.properties?.name ?? ''), population: Number(f.properties?.population ?? 0) }]));
  const ca = covered(a);
  const cb = covered(b);
  let both = 0;
  let neither = 0;
  const onlyA: string[] = [];
  const onlyB: string[] = [];
  let onlyAPopulation = 0;
  let onlyBPopulation = 0;
  for (const [code, x] of ca) {
    const y = cb.get(code);
    const inB = y?.covered === true;
    if (x.covered && inB) both++;
    else if (x.covered) {
      onlyA.push(x.name);
      onlyAPopulation += x.population;
    } else if (inB) {
      onlyB.push(x.name);
      onlyBPopulation += x.population;
    } else neither++;
  }
  return { both, onlyA, onlyB, neither, onlyAPopulation, onlyBPopulation };
}

/** The facility kind a scenario is about: the most frequent kind among its proposed facilities, else null. */
export function scenarioKind(added: readonly { properties: Record<string, unknown> | null }[]): string | null {
  const counts = new Map<string, number>();
  for (const f of added) {
    const k = f.properties?.kind;
    if (typeof k === 'string') counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  let best: string | null = null;
  let n = 0;
  for (const [k, c] of counts) {
    if (c > n) {
      best = k;
      n = c;
    }
  }
  return best;
}

/** A signed percentage-point change, e.g. "+10.6 个百分点", "−2.0 个百分点", "持平". */
export function deltaPoints(delta: number): string {
  const v = Math.round(delta * 1000) / 10;
  if (v === 0) return '持平';
  return `${v > 0 ? '+' : '−'}${Math.abs(v).toFixed(1)} 个百分点`;
}

/** The default budget in minutes for a kind (schools 10–15, kindergartens 5, car parks 4 ≈ 300 m). */
export function defaultMinutes(kind: string): number {
  if (kind === 'parking') return 4;
  if (kind === 'kindergarten') return 5;
  if (kind === 'junior-middle-school' || kind === 'senior-high-school') return 15;
  return 10;
}

/** The candidate set of a siting run in words: 规划备选地块, 网格 400 米, or as given. */
export function candidatesZh(candidates: string): string {
  if (candidates === 'geodata') return '规划备选地块';
  const grid = /^grid:(\d+)$/.exec(candidates);
  return grid ? `网格 ${grid[1]} 米` : candidates;
}

/**
 * The workbook of a comparison: 区域对比 (district, streets, zones: A, B, the change), 社区对比 (every
 * community under A and B) and 说明 (what A and B are, the analysis, the data warning). Rates are
 * fractions (Excel shows them as it is told), minutes are numbers, a community out of reach has none.
 */
export function comparisonSheets(a: { title: string; coverage: ScenarioCoverage }, b: { title: string; coverage: ScenarioCoverage }, analysis: string): Sheet[] {
  const c = compareCoverage(a.coverage, b.coverage);
  const area = (kind: string, r: CompareRow): Cell[] => [kind, r.id, r.name, r.population, r.a, r.b, Math.round(r.delta * 1000) / 10, r.deltaPopulation];
  const byCode = (x: ScenarioCoverage) => new Map(x.communities.features.map((f) => [String(f.properties?.code), f.properties ?? {}]));
  const inB = byCode(b.coverage);
  const minutes = (v: unknown): Cell => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  const communities = a.coverage.communities.features.map((f): Cell[] => {
    const p = f.properties ?? {};
    const q = inB.get(String(p.code)) ?? {};
    const ca = p.covered === true;
    const cb = q.covered === true;
    return [String(p.code), String(p.name ?? ''), Number(p.population ?? 0), ca ? '是' : '否', minutes(p.minutes), cb ? '是' : '否', minutes(q.minutes), ca && cb ? '均覆盖' : ca ? '仅A覆盖' : cb ? '仅B覆盖' : '均未覆盖'];
  });
  return [
    {
      name: '区域对比',
      rows: [['类别', '编码', '名称', '人口', 'A 覆盖率', 'B 覆盖率', 'B−A（百分点）', 'B−A 覆盖人口'], area('区', c.district), ...c.streets.map((r) => area('街道', r)), ...c.zones.map((r) => area('功能分区', r))],
    },
    { name: '社区对比', rows: [['社区代码', '社区名称', '人口', 'A 是否覆盖', 'A 最近设施（分钟）', 'B 是否覆盖', 'B 最近设施（分钟）', '变化'], ...communities] },
    {
      name: '说明',
      rows: [['方案 A', a.title], ['方案 B', b.title], ['分析', analysis], ['说明', '社区人口与部分设施为示意数据；拟建设施为模型建议（示意），不是规划决定。']],
    },
  ];
}
