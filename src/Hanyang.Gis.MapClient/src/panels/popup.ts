// Hover tooltip (#tooltip) and click popup (#popup) on the main map, with the clicked feature highlighted.
// A click publishes 'feature-click' (可达查询 listens); other panels open the popup with 'popup-open' or
// 'feature-focus' and close it with 'popup-close'.
import type Feature from 'ol/Feature.js';
import type { FeatureLike } from 'ol/Feature.js';
import Overlay from 'ol/Overlay.js';
import VectorLayer from 'ol/layer/Vector.js';
import VectorSource from 'ol/source/Vector.js';
import RenderFeature, { toFeature } from 'ol/render/Feature.js';
import type { Geometry } from 'ol/geom.js';
import { getCenter } from 'ol/extent.js';
import type { AppContext } from '../app/context';
import { describe } from '../describe';
import { esc } from '../logic/format';
import { highlightStyle } from '../styles';

type Hit = { feature: FeatureLike; key: string };

function popupHtml(key: string, f: FeatureLike): string {
  const d = describe(key, f);
  const warn = d.accuracyCode === 'approximate' || d.accuracyCode === 'synthetic';
  return `<div class="popup-body">
    <button type="button" class="popup-close" aria-label="关闭">×</button>
    <div class="popup-layer">${esc(d.layer)}</div>
    <div class="popup-title">${esc(d.title)}</div>
    <table>${d.rows.map(([k, v]) => `<tr><th>${esc(k)}</th><td>${esc(v)}</td></tr>`).join('')}
      <tr class="accuracy accuracy-${esc(d.accuracyCode)}"><th>数据精度</th><td><span class="badge${warn ? ' warn' : ''}">${esc(d.accuracy)}</span></td></tr>
      <tr><th>来源</th><td class="source">${esc(d.source)}</td></tr>
    </table>
    ${d.notes.map((n) => `<p class="popup-note">⚠ ${esc(n)}</p>`).join('')}</div>`;
}

/** The highlight drawn over the feature whose popup is open. */
function createHighlight(ctx: AppContext): { layer: VectorLayer<VectorSource<Feature>, Feature>; set: (f: FeatureLike | null) => void } {
  const layer = new VectorLayer({ source: new VectorSource<Feature>(), style: highlightStyle, zIndex: 1000 });
  layer.setMap(ctx.map);
  const set = (f: FeatureLike | null) => {
    const src = layer.getSource()!;
    src.clear();
    if (f instanceof RenderFeature) {
      // A vector-tile feature: highlight a real feature made from it.
      src.addFeature(toFeature(f));
    } else if (f && 'getGeometry' in f) {
      const g = f.getGeometry() as Geometry | undefined;
      if (g) src.addFeature(new (f.constructor as new (g: Geometry) => Feature)(g.clone()));
    }
  };
  return { layer, set };
}

function initTooltip(ctx: AppContext, hit: (pixel: number[]) => Hit | null): void {
  const { map } = ctx;
  const tooltip = document.getElementById('tooltip')!;
  const overlay = new Overlay({ element: tooltip, offset: [12, 12], positioning: 'top-left', stopEvent: false });
  map.addOverlay(overlay);
  const hide = () => {
    tooltip.hidden = true;
    overlay.setPosition(undefined);
  };
  map.on('pointermove', (ev) => {
    if (ev.dragging) return;
    const h = hit(ev.pixel);
    map.getTargetElement().style.cursor = h ? 'pointer' : '';
    if (!h) return hide();
    const d = describe(h.key, h.feature);
    tooltip.innerHTML = `<span class="tt-layer">${esc(d.layer)}</span> ${esc(d.title)} <span class="tt-acc">${esc(d.accuracy)}</span>`;
    tooltip.hidden = false;
    overlay.setPosition(ev.coordinate);
  });
  map.getViewport().addEventListener('mouseleave', hide);
}

export function initPopup(ctx: AppContext): void {
  const { map, bus } = ctx;
  const highlight = createHighlight(ctx);

  const hit = (pixel: number[]): Hit | null => {
    let found: Hit | null = null;
    map.forEachFeatureAtPixel(
      pixel,
      (feature, layer) => {
        const key = layer?.get('key') as string | undefined;
        if (!key) return undefined;
        found = { feature, key };
        return true;
      },
      { hitTolerance: 4, layerFilter: (l) => l !== highlight.layer && typeof l.get('key') === 'string' },
    );
    return found;
  };
  initTooltip(ctx, hit);
  const popup = document.getElementById('popup')!;
  const overlay = new Overlay({ element: popup, offset: [0, -12], positioning: 'bottom-center', autoPan: false, stopEvent: true });
  map.addOverlay(overlay);
  const close = () => {
    popup.hidden = true;
    overlay.setPosition(undefined);
    highlight.set(null);
  };
  const open = (key: string, f: FeatureLike, coordinate: number[]) => {
    popup.innerHTML = popupHtml(key, f);
    popup.hidden = false;
    popup.querySelector('.popup-close')!.addEventListener('click', close);
    overlay.setPosition(coordinate);
    highlight.set(f);
  };

  map.on('singleclick', (ev) => {
    if (ctx.state.pickingCandidates) return; // the 选址 panel is taking candidate points
    const h = hit(ev.pixel);
    if (!h) return close();
    open(h.key, h.feature, ev.coordinate);
    overlay.panIntoView({ animation: { duration: 200 } });
    bus.emit('feature-click', h);
  });
  bus.on('popup-open', ({ key, feature, coordinate }) => open(key, feature, coordinate));
  bus.on('popup-close', close);
  bus.on('feature-focus', ({ key, feature }) => {
    const g = feature.getGeometry();
    if (!g) return;
    const c = getCenter(g.getExtent());
    const view = map.getView();
    view.animate({ center: c, zoom: Math.max(view.getZoom() ?? 14, 14.5), duration: 300 });
    open(key, feature, c);
  });
}
