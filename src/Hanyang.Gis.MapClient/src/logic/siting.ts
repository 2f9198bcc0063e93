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
