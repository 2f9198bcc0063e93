// The OpenLayers map: view, controls, and the registry of vector layers.
import Map from 'ol/Map.js';
import View from 'ol/View.js';
import type Feature from 'ol/Feature.js';
import VectorLayer from 'ol/layer/Vector.js';
import VectorSource from 'ol/source/Vector.js';
import VectorTileLayer from 'ol/layer/VectorTile.js';
import VectorTileSource from 'ol/source/VectorTile.js';
import MVT from 'ol/format/MVT.js';
import GeoJSON from 'ol/format/GeoJSON.js';
import Attribution from 'ol/control/Attribution.js';
import Control from 'ol/control/Control.js';
import MousePosition from 'ol/control/MousePosition.js';
import ScaleLine from 'ol/control/ScaleLine.js';
import Zoom from 'ol/control/Zoom.js';
import { fromLonLat, toLonLat } from 'ol/proj.js';
import { register } from 'ol/proj/proj4.js';
import { createEmpty, extend, isEmpty, type Extent } from 'ol/extent.js';
import type { StyleLike } from 'ol/style/Style.js';
import type { FlatStyleLike } from 'ol/style/flat.js';
import proj4 from 'proj4';
import { roadStyle } from './styles';

export type VLayer = VectorLayer<VectorSource<Feature>, Feature>;

// EPSG:4547, CGCS2000 / 3-degree Gauss-Kruger CM 114E: the system's internal CRS, shown in the cursor readout.
proj4.defs('EPSG:4547', '+proj=tmerc +lat_0=0 +lon_0=114 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs +type=crs');
register(proj4);
const toCgcs = proj4('EPSG:4326', 'EPSG:4547');

export const geojson = new GeoJSON({ dataProjection: 'EPSG:4326', featureProjection: 'EPSG:3857' });

export function readFeatures(data: unknown): Feature[] {
  return geojson.readFeatures(data) as Feature[];
}

export function makeLayer(key: string, style: StyleLike | FlatStyleLike, opts: { visible?: boolean; declutter?: string | boolean; attributions?: string; zIndex?: number } = {}): VLayer {
  const layer: VLayer = new VectorLayer({
    source: new VectorSource<Feature>({ attributions: opts.attributions }),
    style,
    visible: opts.visible ?? true,
    declutter: opts.declutter ?? false,
    zIndex: opts.zIndex,
    updateWhileAnimating: false,
    updateWhileInteracting: false,
  });
  layer.set('key', key);
  return layer;
}

/** The server's Mapbox vector tiles of the road network (/tiles/roads/{z}/{x}/{y}.mvt), one source for every map. */
let roadTiles: VectorTileSource | null = null;
function roadTileSource(): VectorTileSource {
  roadTiles ??= new VectorTileSource({
    format: new MVT(),
    url: 'tiles/roads/{z}/{x}/{y}.mvt',
    maxZoom: 16,
    attributions: '街坊路为示意数据（服务器矢量瓦片）',
  });
  return roadTiles;
}

/** Roads of the given classes drawn from the server's vector tiles, styled as the vector road layers are. */
export function roadTileLayer(classes: readonly string[], opts: { visible?: boolean } = {}): VectorTileLayer {
  const keep = new Set(classes);
  const layer = new VectorTileLayer({
    source: roadTileSource(),
    style: (f, resolution) => (keep.has(String(f.get('class'))) ? roadStyle(f, resolution) : undefined),
    declutter: false,
    visible: opts.visible ?? true,
    renderMode: 'hybrid',
  });
  layer.set('key', 'roads');
  return layer;
}

class FitControl extends Control {
  constructor(onClick: () => void) {
    const button = document.createElement('button');
    button.type = 'button';
    button.title = '缩放至全区';
    button.textContent = '全区';
    const element = document.createElement('div');
    element.className = 'ol-unselectable ol-control fit-district';
    element.appendChild(button);
    super({ element });
    button.addEventListener('click', onClick);
  }
}

export interface MapContext {
  map: Map;
  fitDistrict: () => void;
  setDistrictExtent: (e: Extent) => void;
}

export function createMap(target: HTMLElement): MapContext {
  let districtExtent: Extent | null = null;
  const view = new View({
    projection: 'EPSG:3857',
    center: fromLonLat([114.205, 30.532]),
    zoom: 12,
    minZoom: 9,
    maxZoom: 19,
    constrainResolution: false,
  });

  const fitDistrict = () => {
    let extent = districtExtent;
    if (!extent) {
      // No district outline: fit everything that is loaded.
      const all = createEmpty();
      map.getAllLayers().forEach((l) => {
        const src = l.getSource();
        const e = src instanceof VectorSource && src.getFeatures().length > 0 ? src.getExtent() : null;
        if (e) extend(all, e);
      });
      if (!isEmpty(all)) extent = all;
    }
    if (extent) view.fit(extent, { padding: [24, 24, 24, 24], duration: 0 });
  };

  const mouse = new MousePosition({
    className: 'mouse-position',
    projection: 'EPSG:3857',
    coordinateFormat: (c) => {
      if (!c) return '';
      const [lon, lat] = toLonLat(c);
      const [e, n] = toCgcs.forward([lon, lat]);
      return `经纬度 ${lon.toFixed(5)}, ${lat.toFixed(5)}　CGCS2000 (EPSG:4547) E ${e.toFixed(1)} N ${n.toFixed(1)}`;
    },
    placeholder: '',
  });

  const map = new Map({
    target,
    view,
    controls: [
      new Zoom({ zoomInTipLabel: '放大', zoomOutTipLabel: '缩小' }),
      new Attribution({ collapsible: false, collapsed: false }),
      new ScaleLine({ units: 'metric', bar: true, steps: 4, text: true, minWidth: 120 }),
      mouse,
      new FitControl(() => fitDistrict()),
    ],
  });

  return {
    map,
    fitDistrict,
    setDistrictExtent: (e) => {
      districtExtent = e;
    },
  };
}
