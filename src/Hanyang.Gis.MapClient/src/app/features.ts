// Looking features up by a search key (`community:<code>`, `facility:<id>`, `road:<name>`) in the shared layers.
import type Feature from 'ol/Feature.js';
import type { LayerSet } from './layers';

/** The features `key` names and the key of the layer they are drawn in; null when none is loaded. */
export function findFeature(layers: LayerSet, key: string): { layerKey: string; features: Feature[] } | null {
  const [type, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
  if (type === 'community') {
    const f = layers.communities.getSource()!.getFeatures().find((x) => String(x.get('code')) === id);
    return f ? { layerKey: 'communities', features: [f] } : null;
  }
  if (type === 'facility') {
    for (const l of layers.facilities.values()) {
      const f = l.getSource()!.getFeatures().find((x) => String(x.get('id')) === id);
      if (f) return { layerKey: 'facilities', features: [f] };
    }
    return null;
  }
  const roads = [...layers.roads.values()].flatMap((l) => l.getSource()!.getFeatures().filter((x) => x.get('name') === id));
  return roads.length > 0 ? { layerKey: 'roads', features: roads } : null;
}
