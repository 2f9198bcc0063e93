// Number and text formatting shared by the panels and the exports (zh-CN). No DOM, no OpenLayers: unit-tested.

/** 0.2283 → "22.8%". */
export function pct(rate: number): string {
  return `${(rate * 100).toFixed(1)}%`;
}

/** 12345.6 → "12,346". */
export function int(n: number): string {
  return Math.round(n).toLocaleString('zh-CN');
}

/** Travel minutes for a list: "2.3 分钟", or "—" when not reached. */
export function minutesZh(m: unknown): string {
  return typeof m === 'number' && Number.isFinite(m) ? `${m.toFixed(1)} 分钟` : '—';
}

/** Metres, switching to kilometres from 1 km: "850 米", "1.2 公里". */
export function metresZh(m: unknown): string {
  if (typeof m !== 'number' || !Number.isFinite(m)) return '—';
  return m >= 1000 ? `${(m / 1000).toFixed(1)} 公里` : `${Math.round(m)} 米`;
}

/** Escapes text for HTML. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. */
export function csvField(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV document with CRLF line ends and a UTF-8 BOM, so Excel opens the Chinese text correctly. */
export function toCsv(rows: readonly (readonly unknown[])[]): string {
  return `\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}
