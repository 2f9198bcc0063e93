// Downloads made in the browser: the map view as PNG (every layer canvas composited, as OpenLayers' export
// example does), and the coverage result as CSV and Excel (.xlsx from our own writer).
import type Map from 'ol/Map.js';
import type { CoverageResult } from './api-types';
import { facilityKindZh } from './vocabulary';
import { toCsv } from './logic/format';
import { xlsx, type Cell } from './logic/xlsx';
import { districtName } from './app/district-name';

export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Renders the map once more and composites its layer canvases (with their opacity and transform) into one PNG. */
export function exportPng(map: Map): Promise<Blob> {
  return new Promise((resolve, reject) => {
    map.once('rendercomplete', () => {
      const size = map.getSize();
      if (!size) {
        reject(new Error('地图尚未显示'));
        return;
      }
      const ratio = window.devicePixelRatio || 1;
      const out = document.createElement('canvas');
      out.width = Math.round(size[0]! * ratio);
      out.height = Math.round(size[1]! * ratio);
      const ctx = out.getContext('2d')!;
      ctx.fillStyle = '#f4f1ea';
      ctx.fillRect(0, 0, out.width, out.height);
      map.getViewport().querySelectorAll<HTMLCanvasElement>('.ol-layer canvas, canvas.ol-layer').forEach((canvas) => {
        if (canvas.width === 0) return;
        const parent = canvas.parentElement as HTMLElement | null;
        const opacity = parent?.style.opacity || canvas.style.opacity;
        ctx.globalAlpha = opacity === '' || opacity === undefined ? 1 : Number(opacity);
        const m = canvas.style.transform.match(/^matrix\(([^)]*)\)$/);
        const t = m ? m[1]!.split(',').map(Number) : [canvas.style.width ? Number.parseFloat(canvas.style.width) / canvas.width : 1, 0, 0, canvas.style.height ? Number.parseFloat(canvas.style.height) / canvas.height : 1, 0, 0];
        ctx.setTransform(t[0]! * ratio, t[1]!, t[2]!, t[3]! * ratio, t[4]! * ratio, t[5]! * ratio);
        ctx.drawImage(canvas, 0, 0);
      });
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.globalAlpha = 1;
      ctx.font = `${12 * ratio}px "WenQuanYi Micro Hei","Noto Sans CJK SC",sans-serif`;
      ctx.fillStyle = '#333';
      ctx.fillText(`${districtName()}空间规划一张图 · 含示意数据 · 道路 © OpenStreetMap contributors (ODbL)`, 8 * ratio, out.height - 8 * ratio);
      out.toBlob((b) => (b ? resolve(b) : reject(new Error('无法生成 PNG'))), 'image/png');
    });
    map.renderSync();
  });
}

const HEADER = ['社区代码', '社区名称', '常住人口（示意）', '是否覆盖（路网）', '最近设施', '最短时间（分钟）', '路网距离（米）', '预算内可达设施数', '直线口径是否覆盖'];

function communityRows(r: CoverageResult): Cell[][] {
  return r.communities.features.map((f) => {
    const p = f.properties ?? {};
    return [String(p.code ?? ''), String(p.name ?? ''), Number(p.population) || 0, p.covered === true ? '是' : '否', (p.nearest_facility as string | null) ?? '', typeof p.minutes === 'number' ? p.minutes : null, typeof p.metres === 'number' ? p.metres : null, Number(p.count_within_budget) || 0, p.covered_by_straight_line === true ? '是' : '否'];
  });
}

export function coverageFileName(r: CoverageResult, ext: string): string {
  return `覆盖分析_${facilityKindZh(r.kind)}_${r.mode}_${r.minutes}分钟.${ext}`;
}

export function coverageCsv(r: CoverageResult): Blob {
  return new Blob([toCsv([HEADER, ...communityRows(r)])], { type: 'text/csv;charset=utf-8' });
}

export function coverageXlsx(r: CoverageResult): Blob {
  const areaHeader = ['编码', '名称', '社区数', '覆盖社区数', '人口', '覆盖人口', '路网覆盖率', '直线口径覆盖率'];
  const area = (a: CoverageResult['district']): Cell[] => [a.id, a.name, a.communities, a.covered_communities, a.population, a.covered_population, a.coverage_rate, a.straight_line_coverage_rate];
  const bytes = xlsx([
    { name: '社区', rows: [HEADER, ...communityRows(r)] },
    { name: '汇总', rows: [['设施类型', facilityKindZh(r.kind)], ['出行方式', r.mode], ['时间（分钟）', r.minutes], ['说明', '社区人口与部分设施为示意数据'], [], areaHeader, area(r.district), ...r.streets.map(area), ...r.zones.map(area)] },
  ]);
  return new Blob([bytes.slice().buffer as ArrayBuffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}
