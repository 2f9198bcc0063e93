// HTTP access to the Hanyang.Gis server. Same origin, relative URLs only. The response types are the ones
// generated from the server's OpenAPI document, aliased in api-types.ts.
import type {
  CoverageResult,
  FacilityCircleResult,
  GeoJsonFeatureCollection,
  MedicalCirclesResult,
  PlanTargetRow,
  ReachResult,
  Scenario,
  ScenarioCoverageResult,
  ScenarioList,
  ServiceStandard,
  SitingResult,
} from './api-types';
import type { CollectionId, TravelMode } from './catalog';
import type { FacilityKindTerm, TravelModeTerm } from './logic/vocabulary';

export interface CoverageQuery {
  kind: string;
  mode: TravelMode;
  minutes: number;
}

/** An HTTP failure, carrying the server's ProblemDetails (RFC 9457) when there is one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string | null,
    readonly url: string,
    /** Seconds the server asks the client to wait (Retry-After of a 429 or 503); null when it said nothing. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(detail ? `${title}: ${detail}` : title);
    this.name = 'ApiError';
  }

  /** The headline a planner reads, in Chinese, by what the status means; the server's title follows. */
  get headline(): string {
    const wait = this.retryAfterSeconds !== null ? `，请约 ${this.retryAfterSeconds} 秒后重试` : '，请稍后重试';
    switch (this.status) {
      case 0:
        return this.title;
      case 400:
      case 404:
      case 422:
        return `请求无效：${this.title}`;
      case 413:
        return `提交的内容过大：${this.title}`;
      case 429:
        return `服务器正忙（分析任务已满）${wait}`;
      case 503:
        return `数据库暂不可用${wait}：${this.title}`;
      default:
        return `服务器错误（HTTP ${this.status}）：${this.title}`;
    }
  }
}

function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  return requestJson<T>(url, { headers: { Accept: 'application/geo+json, application/json' }, signal });
}

/** Sends a request and reads its JSON answer; a failure becomes an ApiError with the server's problem details. */
async function requestJson<T>(url: string, init: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, '无法连接服务器', String(e instanceof Error ? e.message : e), url);
  }
  const text = await response.text();
  if (!response.ok) {
    let title = `HTTP ${response.status}`;
    let detail: string | null = text ? text.slice(0, 500) : null;
    try {
      const problem = JSON.parse(text) as { title?: unknown; detail?: unknown };
      if (typeof problem.title === 'string') title = problem.title;
      detail = typeof problem.detail === 'string' ? problem.detail : null;
    } catch {
      /* not JSON: keep the raw text */
    }
    const retry = Number(response.headers.get('Retry-After'));
    throw new ApiError(response.status, title, detail, url, Number.isFinite(retry) && retry > 0 ? retry : null);
  }
  if (response.status === 204) return undefined as T; // No Content (a delete)
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new ApiError(response.status, '服务器返回的不是 JSON', text.slice(0, 200), url);
  }
}

export function fetchCollection(id: CollectionId, signal?: AbortSignal): Promise<GeoJsonFeatureCollection> {
  return getJson<GeoJsonFeatureCollection>(`ogc/collections/${encodeURIComponent(id)}/items?limit=10000`, signal);
}

/** Roads of the given classes (OGC property filter `class=`), one request per class, as one collection. */
export async function fetchRoads(classes: readonly string[], signal?: AbortSignal): Promise<GeoJsonFeatureCollection> {
  const parts = await Promise.all(classes.map((c) => getJson<GeoJsonFeatureCollection>(`ogc/collections/roads/items?class=${encodeURIComponent(c)}&limit=10000`, signal)));
  return { type: 'FeatureCollection', features: parts.flatMap((p) => p.features) };
}

/** How many items of a collection match the property filter (the OGC API's numberMatched). */
export async function fetchCount(id: CollectionId, where: Record<string, string>, signal?: AbortSignal): Promise<number> {
  const q = new URLSearchParams({ ...where, limit: '1' });
  return Number((await getJson<{ numberMatched?: number }>(`ogc/collections/${encodeURIComponent(id)}/items?${q}`, signal)).numberMatched ?? 0);
}

function query(q: CoverageQuery): string {
  const p = new URLSearchParams({ kind: q.kind, mode: q.mode, minutes: String(q.minutes) });
  return p.toString();
}

export function fetchCoverage(q: CoverageQuery, signal?: AbortSignal): Promise<CoverageResult> {
  return getJson<CoverageResult>(`api/coverage?${query(q)}`, signal);
}

export function fetchIsochrones(q: CoverageQuery, signal?: AbortSignal): Promise<GeoJsonFeatureCollection> {
  return getJson<GeoJsonFeatureCollection>(`api/isochrones?${query(q)}`, signal);
}

export function fetchReach(community: string, mode: TravelMode, minutes: number, signal?: AbortSignal): Promise<ReachResult> {
  return getJson<ReachResult>(`api/reach?${new URLSearchParams({ community, mode, minutes: String(minutes) }).toString()}`, signal);
}

export function fetchFacilityCircle(facility: string, mode: TravelMode, minutes: number, signal?: AbortSignal): Promise<FacilityCircleResult> {
  return getJson<FacilityCircleResult>(`api/facility-circle?${new URLSearchParams({ facility, mode, minutes: String(minutes) }).toString()}`, signal);
}

export function fetchMedicalCircles(profile: 'offpeak' | 'peak', signal?: AbortSignal): Promise<MedicalCirclesResult> {
  return getJson<MedicalCirclesResult>(`api/medical-circles?profile=${profile}`, signal);
}

export function fetchPlanTargets(signal?: AbortSignal): Promise<PlanTargetRow[]> {
  return getJson<PlanTargetRow[]>('api/plan-targets', signal);
}

/** Where the next facilities should go (see SitingApi on the server). */
export function fetchSiting(query: string, signal?: AbortSignal): Promise<SitingResult> {
  return getJson<SitingResult>(`api/siting?${query}`, signal);
}

export async function fetchScenarios(signal?: AbortSignal): Promise<Scenario[]> {
  return (await getJson<ScenarioList>('api/scenarios', signal)).scenarios;
}

export function fetchScenarioCoverage(id: string, q: CoverageQuery, signal?: AbortSignal): Promise<ScenarioCoverageResult> {
  return getJson<ScenarioCoverageResult>(`api/scenarios/${encodeURIComponent(id)}/coverage?${query(q)}`, signal);
}

/** POST /api/scenarios with the operator's bearer token; the server stores all of it or nothing. */
export function createScenario(body: unknown, token: string, signal?: AbortSignal): Promise<Scenario> {
  return requestJson<Scenario>('api/scenarios', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
    signal,
  });
}

/** DELETE /api/scenarios/{id}, naming the version the planner saw (If-Match); a newer version is a 409. */
export function deleteScenario(id: string, version: number, token: string, signal?: AbortSignal): Promise<void> {
  return requestJson<void>(`api/scenarios/${encodeURIComponent(id)}`, {
    method: 'DELETE',
    headers: { Accept: 'application/json', Authorization: `Bearer ${token}`, 'If-Match': `"${version}"` },
    signal,
  });
}

export function fetchServiceStandards(signal?: AbortSignal): Promise<ServiceStandard[]> {
  return getJson<ServiceStandard[]>('api/service-standards', signal);
}

/** The facility kinds with their Chinese names, capacity units and standards. */
export function fetchFacilityKinds(signal?: AbortSignal): Promise<FacilityKindTerm[]> {
  return getJson<FacilityKindTerm[]>('api/facility-kinds', signal);
}

/** The travel modes with their Chinese labels and speeds. */
export function fetchTravelModes(signal?: AbortSignal): Promise<TravelModeTerm[]> {
  return getJson<TravelModeTerm[]>('api/travel-modes', signal);
}
