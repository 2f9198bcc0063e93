// Search by name over communities, facilities and roads. Pure: unit-tested.

export interface SearchEntry {
  /** What kind of thing: community, facility or road. */
  type: 'community' | 'facility' | 'road';
  name: string;
  /** Other text that should match, e.g. a community's code. */
  alias?: string;
  /** An opaque key the caller uses to find the feature(s). */
  key: string;
}

const TYPE_RANK = { community: 0, facility: 1, road: 2 } as const;

/** Folds full-width characters and case so that "Ｋ１" finds "k1"; drops spaces. */
export function normalize(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/**
 * Entries matching `query`, best first: exact name, then name prefix, then name contains, then alias;
 * ties by type (community, facility, road), then shorter name. Road names repeat per segment: one entry each name.
 */
export function search(entries: readonly SearchEntry[], query: string, limit = 12): SearchEntry[] {
  const q = normalize(query);
  if (!q) return [];
  const scored: { e: SearchEntry; score: number }[] = [];
  const seen = new Set<string>();
  for (const e of entries) {
    const n = normalize(e.name);
    const score = n === q ? 0 : n.startsWith(q) ? 1 : n.includes(q) ? 2 : e.alias && normalize(e.alias).includes(q) ? 3 : -1;
    if (score < 0) continue;
    const id = `${e.type}|${e.type === 'road' ? e.name : e.key}`;
    if (seen.has(id)) continue;
    seen.add(id);
    scored.push({ e, score });
  }
  return scored
    .sort((a, b) => a.score - b.score || TYPE_RANK[a.e.type] - TYPE_RANK[b.e.type] || a.e.name.length - b.e.name.length || a.e.name.localeCompare(b.e.name))
    .slice(0, limit)
    .map((s) => s.e);
}
