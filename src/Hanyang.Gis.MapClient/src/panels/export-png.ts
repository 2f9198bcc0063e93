// 导出地图 PNG (#export-png in the top bar): the current view as an image.
import type { AppContext } from '../app/context';
import { districtName } from '../app/district-name';
import { download, exportPng } from '../exporting';

export function initExportPng(ctx: AppContext): void {
  document.getElementById('export-png')!.addEventListener('click', () => {
    void exportPng(ctx.map)
      .then((blob) => {
        download(`${districtName()}地图.png`, blob);
        ctx.setStatus(`已导出地图 PNG（${Math.round(blob.size / 1024)} KB）`, 'png-done', { pngBytes: String(blob.size) });
      })
      .catch((e: unknown) => ctx.setStatus(`导出 PNG 失败：${e instanceof Error ? e.message : String(e)}`, 'error'));
  });
}
