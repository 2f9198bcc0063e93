// Search by name (#search, #search-results): communities, facilities and roads once the layers are loaded;
// choosing one zooms to it and opens its popup ('popup-open').
import { createEmpty, extend, getCenter } from 'ol/extent.js';
import type { AppContext } from '../app/context';
import { findFeature } from '../app/features';
import { esc } from '../logic/format';
import { search, type SearchEntry } from '../logic/search';

const SEARCH_TYPE_ZH = { community: '社区', facility: '设施', road: '道路' } as const;

/** Every searchable name in the loaded layers. */
function searchEntries(ctx: AppContext): SearchEntry[] {
  const { layers } = ctx;
  return [
    ...layers.communities.getSource()!.getFeatures().map((f) => ({ type: 'community' as const, name: String(f.get('name')), alias: String(f.get('code')), key: `community:${f.get('code')}` })),
    ...[...layers.facilities.values()].flatMap((l) => l.getSource()!.getFeatures().map((f) => ({ type: 'facility' as const, name: String(f.get('name')), key: `facility:${f.get('id')}` }))),
    ...[...layers.roads.values()].flatMap((l) => l.getSource()!.getFeatures().filter((f) => f.get('name')).map((f) => ({ type: 'road' as const, name: String(f.get('name')), key: `road:${f.get('name')}` }))),
  ];
}

/** Zooms to the entry's features, opens the popup, and reports on the status line where it landed on screen. */
function goTo(ctx: AppContext, e: SearchEntry): boolean {
  const { map, layers } = ctx;
  const found = findFeature(layers, e.key);
  if (!found) return false;
  const layerKey = found.layerKey;
  if (layerKey === 'communities') layers.communities.setVisible(true);
  if (layerKey === 'facilities') layers.facilities.get(String(found.features[0]!.get('kind')))?.setVisible(true);
  const extent = found.features.reduce((acc, f) => extend(acc, f.getGeometry()!.getExtent()), createEmpty());
  // Room above the feature for its popup, so the view need not pan away from it.
  map.getView().fit(extent, { maxZoom: 16, padding: [340, 80, 40, 80], duration: 0 });
  const at = getCenter(found.features.length === 1 ? found.features[0]!.getGeometry()!.getExtent() : extent);
  ctx.bus.emit('popup-open', { key: layerKey, feature: found.features[0]!, coordinate: at });
  map.once('rendercomplete', () => {
    const px = map.getPixelFromCoordinate(at);
    ctx.setStatus(`已定位：${e.name}`, 'search-done', { searchName: e.name, searchType: e.type, searchPixel: px ? `${Math.round(px[0]!)},${Math.round(px[1]!)}` : '' });
  });
  return true;
}

export function initSearch(ctx: AppContext): void {
  let entries: SearchEntry[] = [];
  const input = document.getElementById('search') as HTMLInputElement;
  const results = document.getElementById('search-results')!;
  const choose = (e: SearchEntry) => {
    if (!goTo(ctx, e)) return;
    results.hidden = true;
    ctx.map.render();
  };
  const show = (): SearchEntry[] => {
    const found = search(entries, input.value);
    results.hidden = found.length === 0 && !input.value.trim();
    results.innerHTML = found.length === 0 ? '<li class="muted">无匹配</li>' : found.map((e, i) => `<li><button type="button" data-i="${i}"><span class="tag">${SEARCH_TYPE_ZH[e.type]}</span>${esc(e.name)}</button></li>`).join('');
    results.querySelectorAll<HTMLButtonElement>('button[data-i]').forEach((b) => b.addEventListener('click', () => choose(found[Number(b.dataset.i)]!)));
    return found;
  };
  input.addEventListener('input', () => void show());
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter') {
      const first = show()[0];
      if (first) choose(first);
    }
  });
  ctx.bus.on('layers-loaded', () => {
    entries = searchEntries(ctx);
    input.disabled = false;
    input.placeholder = `搜索社区、设施、道路（${entries.length} 项）`;
  });
}
