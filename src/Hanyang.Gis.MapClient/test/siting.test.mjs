import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultCount, sitingQuery } from '../build-test/siting.js';

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
