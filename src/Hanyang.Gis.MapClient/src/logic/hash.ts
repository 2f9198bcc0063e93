// The analysis state kept in the address bar: `#kind=primary-school&mode=walk&minutes=10`.

export const MODES = ['walk', 'walk-slow', 'drive', 'drive-peak'] as const;
export type Mode = (typeof MODES)[number];

export interface AnalysisQuery {
  kind: string;
  mode: Mode;
  minutes: number;
}

/** Reads the query from a hash; null unless kind, a known mode and minutes in (0, 60] (the server's default Limits:MaxMinutes) are all there. */
export function queryFromHash(hash: string): AnalysisQuery | null {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const kind = p.get('kind');
  const mode = p.get('mode');
  const raw = p.get('minutes');
  const minutes = raw === null || raw.trim() === '' ? Number.NaN : Number(raw);
  if (!kind || !mode || !(MODES as readonly string[]).includes(mode) || !Number.isFinite(minutes) || minutes <= 0 || minutes > 60) return null;
  return { kind, mode: mode as Mode, minutes };
}

/** The hash for a query (without '#'); reading it back gives the same query. */
export function hashFromQuery(q: AnalysisQuery): string {
  return new URLSearchParams({ kind: q.kind, mode: q.mode, minutes: String(q.minutes) }).toString();
}
