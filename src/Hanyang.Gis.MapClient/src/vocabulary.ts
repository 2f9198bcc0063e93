// Facility-kind names and travel-mode labels, fetched from the server once at start-up (main.ts awaits
// loadVocabulary before building any panel) and cached for the page's life.
import { fetchFacilityKinds, fetchTravelModes } from './api';
import { Vocabulary, type TravelModeTerm } from './logic/vocabulary';

let current = new Vocabulary([], []);
let loading: Promise<void> | null = null;

/** Fetches both lists once; later calls return the same promise. A failure leaves ids shown as they are. */
export function loadVocabulary(): Promise<void> {
  loading ??= Promise.all([fetchFacilityKinds(), fetchTravelModes()]).then(
    ([kinds, modes]) => {
      current = new Vocabulary(kinds, modes);
    },
    (e: unknown) => console.error('facility kinds and travel modes could not be read; ids are shown instead', e),
  );
  return loading;
}

/** The kind's Chinese name (小学 …), or its id before the names are loaded. */
export function facilityKindZh(kind: string): string {
  return current.kindZh(kind);
}

/** The mode's short label (步行 …). */
export function modeShort(mode: string): string {
  return current.modeShort(mode);
}

/** The mode's label with speed and audience, for a mode chooser. */
export function modeLong(mode: string): string {
  return current.modeLong(mode);
}

/** Every travel mode the server offers, in its order. */
export function travelModes(): readonly TravelModeTerm[] {
  return current.modes;
}
