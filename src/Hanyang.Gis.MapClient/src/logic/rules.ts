// Styling and grouping rules of the analysis layers. Pure functions: unit-tested.

/** Colour ramp for "minutes to the nearest facility", relative to the budget. */
export const MINUTES_RAMP = [
  { upTo: 0.5, color: '#1a9641', zh: '≤ 一半预算' },
  { upTo: 1, color: '#a6d96a', zh: '预算内' },
  { upTo: 1.5, color: '#fdae61', zh: '超出预算 50% 以内' },
  { upTo: Infinity, color: '#d7191c', zh: '超出预算 50% 以上或不可达' },
] as const;

/** The ramp colour for a community `minutes` away from its nearest facility under `budget` minutes; unreachable is the last class. */
export function minutesColor(minutes: unknown, budget: number): string {
  if (typeof minutes !== 'number' || !Number.isFinite(minutes) || !(budget > 0)) return MINUTES_RAMP[MINUTES_RAMP.length - 1]!.color;
  const share = minutes / budget;
  return MINUTES_RAMP.find((c) => share <= c.upTo)!.color;
}

export interface ReachItem {
  id: string;
  name: string;
  kind: string;
  minutes: number;
  metres: number;
}

/** Reach grouped by kind in the given kind order (unknown kinds last), each group nearest first. */
export function groupByKind<T extends ReachItem>(items: readonly T[], kindOrder: readonly string[]): { kind: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const it of items) (groups.get(it.kind) ?? groups.set(it.kind, []).get(it.kind)!).push(it);
  const rank = (k: string) => (kindOrder.indexOf(k) < 0 ? kindOrder.length : kindOrder.indexOf(k));
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([kind, list]) => ({ kind, items: [...list].sort((x, y) => x.minutes - y.minutes || x.name.localeCompare(y.name)) }));
}

/** Width of a progress bar (0–100 %) and its label; indicators without a current value get no bar. */
export function progressBar(counted: number | null, target: number | null): { percent: number | null; label: string } {
  if (counted === null || target === null || !(target > 0)) return { percent: null, label: '数据中无现状值' };
  const percent = Math.min(100, Math.round((counted / target) * 1000) / 10);
  return { percent, label: `${counted} / ${target}（${percent.toFixed(1)}%）` };
}

/** The four medical circles' colours, east, centre, south, west. */
export const MEDICAL_COLOR: Record<string, string> = { east: '#e41a1c', centre: '#377eb8', south: '#4daf4a', west: '#984ea3' };

/**
 * Where to label a road made of many segments: the index of the longest segment of each group (a group is,
 * say, one named road of the 七横九纵 skeleton), so every road is labelled once, on its longest stretch.
 */
export function longestOfEachGroup(items: readonly { group: string; length: number }[]): Set<number> {
  const best = new Map<string, number>();
  items.forEach((it, i) => {
    const j = best.get(it.group);
    if (j === undefined || it.length > items[j]!.length) best.set(it.group, i);
  });
  return new Set(best.values());
}
