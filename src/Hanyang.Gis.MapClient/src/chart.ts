// A small horizontal bar chart in SVG (no library): network coverage vs straight-line coverage per area.
import type { AreaSummary } from './api-types';

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

export function barChart(areas: AreaSummary[], color: string, title: string): string {
  const rows = [...areas].sort((a, b) => b.coverage_rate - a.coverage_rate);
  const labelW = 112;
  const barW = 150;
  const valueW = 52;
  const rowH = 26;
  const top = 22;
  const width = labelW + barW + valueW;
  const height = top + rows.length * rowH + 6;
  const x0 = labelW;
  const parts: string[] = [];
  parts.push(`<title>${esc(title)}</title>`);
  // Grid at 0, 25, 50, 75, 100 %.
  for (let i = 0; i <= 4; i++) {
    const x = x0 + (barW * i) / 4;
    parts.push(`<line x1="${x}" y1="${top - 4}" x2="${x}" y2="${height - 4}" stroke="#e3e3e3" stroke-width="1"/>`);
    parts.push(`<text x="${x}" y="${top - 8}" font-size="9" text-anchor="middle" fill="#888">${i * 25}%</text>`);
  }
  rows.forEach((a, i) => {
    const y = top + i * rowH;
    const w = Math.max(0, Math.min(1, a.coverage_rate)) * barW;
    const ws = Math.max(0, Math.min(1, a.straight_line_coverage_rate)) * barW;
    const pct = (a.coverage_rate * 100).toFixed(1);
    const spct = (a.straight_line_coverage_rate * 100).toFixed(1);
    const tip = `${a.name}：路网覆盖 ${pct}%（${a.covered_communities}/${a.communities} 个社区，${a.covered_population.toLocaleString('zh-CN')}/${a.population.toLocaleString('zh-CN')} 人）；直线口径 ${spct}%`;
    parts.push(`<g class="bar-row" data-area-id="${esc(a.id)}" data-coverage-rate="${a.coverage_rate}"><title>${esc(tip)}</title>`);
    parts.push(`<text x="${labelW - 6}" y="${y + 12}" font-size="11" text-anchor="end" fill="#333">${esc(a.name)}</text>`);
    parts.push(`<rect x="${x0}" y="${y + 2}" width="${barW}" height="12" fill="#f3f3f3"/>`);
    parts.push(`<rect x="${x0}" y="${y + 2}" width="${w.toFixed(1)}" height="12" fill="${color}"/>`);
    parts.push(`<rect x="${x0}" y="${y + 16}" width="${ws.toFixed(1)}" height="4" fill="#9e9e9e"/>`);
    parts.push(`<text x="${x0 + barW + 4}" y="${y + 12}" font-size="11" fill="#222">${pct}%</text>`);
    parts.push(`<text x="${x0 + barW + 4}" y="${y + 22}" font-size="8.5" fill="#888">直线 ${spct}%</text>`);
    parts.push('</g>');
  });
  return `<svg class="bar-chart" role="img" aria-label="${esc(title)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`;
}
