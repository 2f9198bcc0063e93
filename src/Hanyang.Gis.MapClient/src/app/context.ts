// What every panel's init receives: the map, the shared layers, the event bus, the shared state and the status line.
import type OlMap from 'ol/Map.js';
import type { MapContext } from '../map';
import { EventBus, type AppEvents, type SharedState } from './bus';
import type { LayerSet } from './layers';
import type { SetStatus } from './status';

export interface AppContext {
  map: OlMap;
  /** The map's district extent (fit on load and by the 全区 button). */
  view: Pick<MapContext, 'fitDistrict' | 'setDistrictExtent'>;
  layers: LayerSet;
  bus: EventBus<AppEvents>;
  state: SharedState;
  setStatus: SetStatus;
}

export function createContext(view: MapContext, layers: LayerSet, setStatus: SetStatus): AppContext {
  return { map: view.map, view, layers, bus: new EventBus<AppEvents>(), state: { budget: { mode: 'walk', minutes: 10 }, pickingCandidates: false }, setStatus };
}
