// The planners' words for facility kinds and travel modes, as the server serves them (GET /api/facility-kinds,
// GET /api/travel-modes). The server's domain catalogue is the only place they are written; the client keeps
// only their styling (catalog.ts) and looks the words up here.
import type { components } from '../generated/api';

/** A facility kind with its standards (GET /api/facility-kinds), as the OpenAPI document describes it. */
export type FacilityKindTerm = components['schemas']['FacilityKindResponse'];

/** A travel mode (GET /api/travel-modes), as the OpenAPI document describes it. */
export type TravelModeTerm = components['schemas']['TravelModeResponse'];

/** The two lists, looked up by id; an id the server did not name reads as itself. */
export class Vocabulary {
  private readonly kinds: Map<string, FacilityKindTerm>;
  private readonly modeById: Map<string, TravelModeTerm>;

  constructor(kinds: readonly FacilityKindTerm[], readonly modes: readonly TravelModeTerm[]) {
    this.kinds = new Map(kinds.map((k) => [k.id, k]));
    this.modeById = new Map(modes.map((m) => [m.id, m]));
  }

  /** The kind's Chinese name, e.g. 公共停车场 for parking. */
  kindZh(kind: string): string {
    return this.kinds.get(kind)?.name_zh ?? kind;
  }

  /** The mode's short label, e.g. 步行, 高峰驾车. */
  modeShort(mode: string): string {
    return this.modeById.get(mode)?.label_zh ?? mode;
  }

  /** The mode's label with its speed and audience, for choosing it: "慢行（3 km/h，老人/儿童）". */
  modeLong(mode: string): string {
    const m = this.modeById.get(mode);
    if (!m) return mode;
    const notes = [m.speed_zh, m.for_whom_zh].filter((n): n is string => !!n);
    return notes.length ? `${m.label_zh}（${notes.join('，')}）` : m.label_zh;
  }
}
