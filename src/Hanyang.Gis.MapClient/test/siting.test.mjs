import assert from 'node:assert/strict';
import { test } from 'node:test';
import { changeFromPrevious, defaultCount, shortSiteLabel, sitingQuery } from '../build-test/siting.js';

test('sitingQuery_Form_AllParametersAndClickedPoints', () => {
  const q = new URLSearchParams(sitingQuery({
    kind: 'primary-school', count: 9, objective: 'max-coverage', mode: 'walk', minutes: 10,
    candidates: 'grid:400', capacitated: true, solver: 'heuristic', points: [[114.2135, 30.5089], [114.24, 30.53]],
  }));
  assert.equal(q.get('kind'), 'primary-school');
  assert.equal(q.get('count'), '9');
  assert.equal(q.get('candidates'), 'grid:400');
  assert.equal(q.get('capacitated'), 'true');
  assert.equal(q.get('solver'), 'heuristic');
  assert.equal(q.get('points'), '114.213500,30.508900;114.240000,30.530000');
});

test('sitingQuery_NoPointsNotCapacitated_LeavesThemOut', () => {
  const q = new URLSearchParams(sitingQuery({
    kind: 'parking', count: 3, objective: 'p-median', mode: 'walk', minutes: 4,
    candidates: 'geodata', capacitated: false, solver: 'exact', points: [],
  }));
  assert.equal(q.has('points'), false);
  assert.equal(q.has('capacitated'), false);
});

test('defaultCount_PlanTargets_NineSchoolsThirtyKindergartens', () => {
  assert.equal(defaultCount('primary-school'), 9);
  assert.equal(defaultCount('kindergarten'), 30);
  assert.equal(defaultCount('parking'), 3);
});

test('changeFromPrevious_SameKindAndMinutes_SignedChange_OtherwiseNull', () => {
  const prev = { kind: 'primary-school', minutes: 10, sites: 9, points: 0, rateAfter: 0.359, coveredAfter: 300418 };
  const next = { ...prev, points: 2, rateAfter: 0.38, coveredAfter: 317978 };
  assert.equal(changeFromPrevious(prev, next), '比上次（9 处，自选点 0 个）：+2.1 个百分点，+17,560 人');
  assert.equal(changeFromPrevious(next, prev), '比上次（9 处，自选点 2 个）：−2.1 个百分点，−17,560 人');
  assert.equal(changeFromPrevious(prev, prev), '比上次（9 处，自选点 0 个）：±0.0 个百分点，±0 人');
  assert.equal(changeFromPrevious(null, next), null);
  assert.equal(changeFromPrevious({ ...prev, minutes: 15 }, next), null);
});

test('shortSiteLabel_PlanCandidateNames_Shortened_OthersKept', () => {
  assert.equal(shortSiteLabel('拟建小学（墨水湖沿岸备选地块A）'), '墨水湖沿岸A');
  assert.equal(shortSiteLabel('拟建公共停车场(四新片区备选地块E)'), '四新片区E');
  assert.equal(shortSiteLabel('网格点 12'), '网格点 12');
});
