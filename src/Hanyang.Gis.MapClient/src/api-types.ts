// The server's response types, in one place: aliases of the schemas openapi-typescript generates from the
// server's OpenAPI document (src/generated/api.d.ts; see README). The only type written here by hand is the
// GeoJSON feature collection, which the document does not describe (see below).
import type { components } from './generated/api';

type Schemas = components['schemas'];

// GeoJSON body: the document declares it as application/geo+json text
/**
 * A GeoJSON FeatureCollection (RFC 7946) as the server writes it: the OGC items and /api/isochrones bodies,
 * and the GeoJSON members of the analysis responses (which the document declares as any JSON, `JsonElement`).
 */
export interface GeoJsonFeatureCollection {
  type: 'FeatureCollection';
  features: {
    type: 'Feature';
    id?: string | number;
    geometry: unknown;
    properties: Record<string, unknown> | null;
  }[];
  [key: string]: unknown;
}

/** A generated schema whose members `K` (GeoJSON, declared as any JSON in the document) are read as feature collections. */
type WithGeoJson<T, K extends keyof T> = Omit<T, K> & { [P in K]: GeoJsonFeatureCollection };

/** Coverage of one area (the district, a street, a zone), rounded for reading. */
export type AreaSummary = Schemas['AreaSummary'];

/** GET /api/coverage: the summary and every community as a GeoJSON point. */
export type CoverageResult = WithGeoJson<Schemas['CoverageResponse'], 'communities'>;

/** GET /api/reach. */
export type ReachResult = WithGeoJson<Schemas['ReachResponse'], 'routes'>;

/** GET /api/facility-circle. */
export type FacilityCircleResult = WithGeoJson<Schemas['FacilityCircleResponse'], 'circle' | 'communities'>;

/** GET /api/medical-circles. */
export type MedicalCirclesResult = WithGeoJson<Schemas['MedicalCirclesResponse'], 'circles'>;

/** One of the plan's targets and the progress towards it (GET /api/plan-targets). */
export type PlanTargetRow = Schemas['PlanTargetResponse'];

/** GET /api/siting: where the next facilities should go (see SitingApi on the server). */
export type SitingResult = WithGeoJson<Schemas['SitingResponse'], 'sites'>;

/** A stored scenario (GET /api/scenarios). */
export type Scenario = WithGeoJson<Schemas['ScenarioResponse'], 'added_facilities'>;

/** GET /api/scenarios: every scenario. */
export type ScenarioList = Omit<Schemas['ScenarioListResponse'], 'scenarios'> & { scenarios: Scenario[] };

/** GET /api/scenarios/{id}/coverage: the plan's summary, the coverage with the scenario (with its communities) and the change. */
export type ScenarioCoverageResult = Omit<Schemas['ScenarioCoverageResponse'], 'with_scenario'> & { with_scenario: CoverageResult };

/** A service standard (GET /api/service-standards); `primary` marks the one coverage uses by default. */
export type ServiceStandard = Schemas['ServiceStandardResponse'];
