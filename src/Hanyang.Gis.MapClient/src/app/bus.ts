// How panels talk to each other: typed events on one bus, and a little shared state. A panel publishes
// what happened (a count changed, a feature was clicked, a scenario was saved); whoever cares subscribes.
// No panel imports another.
import type Feature from 'ol/Feature.js';
import type { FeatureLike } from 'ol/Feature.js';
import type { Scenario } from '../api-types';
import type { TravelMode } from '../catalog';

/** Every event the panels exchange, with its payload. */
export interface AppEvents {
  /** A layer-panel entry's feature count: null while loading; `failed` when its collection could not be read. */
  'layer-count': { id: string; count: number | null; failed?: boolean };
  /** Every collection has been read (or has failed): the layers hold what there is. */
  'layers-loaded': undefined;
  /** The planner clicked a feature on the main map; `key` is its layer's key. */
  'feature-click': { key: string; feature: FeatureLike };
  /** Open a feature's popup at a map coordinate (the view stays where it is). */
  'popup-open': { key: string; feature: FeatureLike; coordinate: number[] };
  /** Pan and zoom to a feature and open its popup. */
  'feature-focus': { key: string; feature: Feature };
  /** Close the popup (its layer was switched off). */
  'popup-close': undefined;
  /** The 选址 panel stored a scenario. */
  'scenario-saved': Scenario;
}

type Handler<T> = (payload: T) => void;

/** A synchronous publish/subscribe bus; handlers run in the order they subscribed. */
export class EventBus<E> {
  private readonly handlers: { [K in keyof E]?: Handler<E[K]>[] } = {};

  on<K extends keyof E>(type: K, handler: Handler<E[K]>): void {
    (this.handlers[type] ??= []).push(handler);
  }

  emit<K extends keyof E>(type: K, ...payload: E[K] extends undefined ? [] : [E[K]]): void {
    for (const h of this.handlers[type] ?? []) h(payload[0] as E[K]);
  }
}

/** State more than one panel reads. */
export interface SharedState {
  /** The travel mode and minutes the 覆盖分析 form holds now; 可达查询 and facility circles use them. */
  budget: { mode: TravelMode; minutes: number };
  /** True while the 选址 panel takes map clicks as candidate points: the popup leaves those clicks alone. */
  pickingCandidates: boolean;
}
