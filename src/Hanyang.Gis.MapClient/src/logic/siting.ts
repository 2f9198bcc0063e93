// Pure logic of the 选址 panel: the query it sends and the default count the plan's targets suggest.

/** What the form asks. */
export interface SitingForm {
  kind: string;
  count: number;
  objective: 'max-coverage' | 'min-facilities' | 'p-median';
  mode: string;
  minutes: number;
  candidates: string;
  capacitated: boolean;
  solver: 'exact' | 'heuristic';
  points: [number, number][];
}

/** The /api/siting query string for a form (points as lon,lat;lon,lat with 6 decimals). */
export function sitingQuery(f: SitingForm): string {
  const q = new URLSearchParams({
    kind: f.kind,
    count: String(f.count),
    objective: f.objective,
    mode: f.mode,
    minutes: String(f.minutes),
    candidates: f.candidates,
    solver: f.solver,
  });
  if (f.capacitated) q.set('capacitated', 'true');
  if (f.points.length > 0) q.set('points', f.points.map(([lon, lat]) => `${lon.toFixed(6)},${lat.toFixed(6)}`).join(';'));
  return q.toString();
}

/** The plan's new-facility targets by kind (新建9所小学, 5所初中, 2所高中, 新增公办园30所). */
export const PLAN_NEW_COUNTS: Record<string, number> = {
  'primary-school': 9,
  'junior-middle-school': 5,
  'senior-high-school': 2,
  kindergarten: 30,
};

/** The count a form starts with for a kind: the plan's target, else 3. */
export function defaultCount(kind: string): number {
  return PLAN_NEW_COUNTS[kind] ?? 3;
}

/** What a run's coverage was, to compare the next run with (after the planner added points, say). */
export interface RunSummary {
  kind: string;
  minutes: number;
  sites: number;
  points: number;
  rateAfter: number;
  coveredAfter: number;
}

/**
 * The change from the previous run of the same kind and minutes, in words: "比上次（自选点 0 个）
 * +2.1 个百分点，+17,560 人"; null when there is no comparable previous run.
 */
export function changeFromPrevious(prev: RunSummary | null, next: RunSummary): string | null {
  if (!prev || prev.kind !== next.kind || prev.minutes !== next.minutes) return null;
  const points = Math.round((next.rateAfter - prev.rateAfter) * 1000) / 10;
  const people = next.coveredAfter - prev.coveredAfter;
  const sign = (v: number) => (v > 0 ? '+' : v < 0 ? '−' : '±');
  return `比上次（${prev.sites} 处，自选点 ${prev.points} 个）：${sign(points)}${Math.abs(points).toFixed(1)} 个百分点，${sign(people)}${Math.abs(people).toLocaleString('en-US')} 人`;
}

/**
 * A proposed site's map label, short enough for clusters of sites: "拟建小学（墨水湖沿岸备选地块A）" →
 * "墨水湖沿岸A"; a name of another shape is kept as it is.
 */
export function shortSiteLabel(name: string): string {
  const m = /^拟建[^（(]*[（(](.+)[）)]$/.exec(name.trim());
  return (m ? m[1]! : name.trim()).replace('备选地块', '');
}
