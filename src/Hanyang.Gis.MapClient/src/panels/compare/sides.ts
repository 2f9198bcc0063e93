// A side of a comparison: the plan as it stands (PLAN) or the plan with a stored scenario applied.
import { fetchCoverage, fetchScenarioCoverage, type CoverageQuery } from '../../api';
import type { CoverageResult, Scenario } from '../../api-types';

/** The value of the "plan as it stands" choice. */
export const PLAN = '';

export interface Side {
  id: string;
  title: string;
  coverage: CoverageResult;
  scenario: Scenario | null;
}

/** Coverage under a side: the plan as it stands, or the plan with scenario `id` applied. */
export async function sideCoverage(id: string, q: CoverageQuery, signal?: AbortSignal): Promise<CoverageResult> {
  return id === PLAN ? fetchCoverage(q, signal) : (await fetchScenarioCoverage(id, q, signal)).with_scenario;
}

