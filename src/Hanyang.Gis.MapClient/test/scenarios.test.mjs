import assert from 'node:assert/strict';
import { test } from 'node:test';
import { candidatesZh, communityChange, comparisonSheets, compareCoverage, defaultMinutes, defaultScenarioName, deltaPoints, measureWord, scenarioBody, scenarioId, scenarioKind } from '../build-test/scenarios.js';

const area = (id, name, population, covered) => ({ id, name, population, covered_population: covered, coverage_rate: covered / population });
const community = (code, name, population, covered) => ({ properties: { code, name, population, covered } });

const planA = {
  facilities: 18,
  district: area('420105', '汉阳区', 1000, 250),
  streets: [area('s1', '江汉二桥街道', 600, 200), area('s2', '四新街道', 400, 50)],
  zones: [area('sixin', '四新片区', 400, 50)],
  communities: { features: [community('c1', '甲社区', 200, true), community('c2', '乙社区', 300, false), community('c3', '丙社区', 500, true)] },
};
const scenarioB = {
  facilities: 27,
  district: area('420105', '汉阳区', 1000, 500),
  streets: [area('s2', '四新街道', 400, 300), area('s1', '江汉二桥街道', 600, 200)],
  zones: [area('sixin', '四新片区', 400, 300)],
  communities: { features: [community('c1', '甲社区', 200, false), community('c2', '乙社区', 300, true), community('c3', '丙社区', 500, true)] },
};

test('compareCoverage_TwoScenarios_RowsMatchedByIdWithDeltas', () => {
  const c = compareCoverage(planA, scenarioB);
  assert.equal(c.district.a, 0.25);
  assert.equal(c.district.b, 0.5);
  assert.equal(c.district.deltaPopulation, 250);
  const sixin = c.streets.find((r) => r.id === 's2');
  assert.equal(sixin.a, 0.125);
  assert.equal(sixin.b, 0.75);
  assert.equal(sixin.deltaPopulation, 250);
  assert.equal(c.streets.find((r) => r.id === 's1').delta, 0);
  assert.equal(c.zones[0].delta, 0.625);
});

test('communityChange_CoveredInOneOnly_NamedWithResidents', () => {
  const d = communityChange(planA, scenarioB);
  assert.equal(d.both, 1);
  assert.deepEqual(d.onlyA, ['甲社区']);
  assert.deepEqual(d.onlyB, ['乙社区']);
  assert.equal(d.neither, 0);
  assert.equal(d.onlyAPopulation, 200);
  assert.equal(d.onlyBPopulation, 300);
});

test('scenarioBody_SitingSites_KeepsFacilityFieldsFreshIdsPlannedStatus', () => {
  const sites = [
    { type: 'Feature', geometry: { type: 'Point', coordinates: [114.2, 30.5] }, properties: { id: 'site-1', name: '墨水湖沿岸 A', kind: 'primary-school', capacity: 1620, capacity_unit: 'seats', gain_population: 9000, candidate_origin: 'plan' } },
    { type: 'Feature', geometry: { type: 'Point', coordinates: [114.21, 30.51] }, properties: { name: '自选点 1', capacity: null } },
  ];
  const body = scenarioBody('scn-1', '新建2所小学', '测试', sites, 'primary-school');
  assert.equal(body.id, 'scn-1');
  const [a, b] = body.added_facilities.features;
  assert.equal(a.properties.id, 'scn-1-01');
  assert.equal(b.properties.id, 'scn-1-02');
  assert.equal(a.properties.capacity_unit, 'seats');
  assert.equal(a.properties.gain_population, undefined);
  assert.equal(b.properties.kind, 'primary-school');
  assert.equal(b.properties.capacity, undefined);
  assert.equal(a.properties.status, 'planned');
  assert.match(a.properties.source, /示意/);
  assert.deepEqual(a.geometry, sites[0].geometry);
});

test('scenarioKind_MostFrequentKind_OrNull', () => {
  assert.equal(scenarioKind([{ properties: { kind: 'parking' } }, { properties: { kind: 'primary-school' } }, { properties: { kind: 'primary-school' } }]), 'primary-school');
  assert.equal(scenarioKind([]), null);
});

test('names_DefaultNameMeasureWordAndId', () => {
  assert.equal(defaultScenarioName('小学', '步行', 9, 'max-coverage', 10), '新建9所小学（步行10分钟·最大覆盖）');
  assert.equal(measureWord('parking'), '处');
  assert.equal(measureWord('kindergarten'), '所');
  assert.equal(scenarioId(new Date(2026, 11, 3, 8, 5, 9), 'A-b9z77'), 'scn-20261203-080509-ab9z');
  assert.match(scenarioId(new Date(), 'x1y2'), /^[a-z0-9-]{1,64}$/);
});

test('deltaPoints_SignedPercentagePoints', () => {
  assert.equal(deltaPoints(0.1064), '+10.6 个百分点');
  assert.equal(deltaPoints(-0.02), '−2.0 个百分点');
  assert.equal(deltaPoints(0.00001), '持平');
});

test('defaultMinutes_ByKind', () => {
  assert.equal(defaultMinutes('parking'), 4);
  assert.equal(defaultMinutes('kindergarten'), 5);
  assert.equal(defaultMinutes('junior-middle-school'), 15);
  assert.equal(defaultMinutes('primary-school'), 10);
});

test('candidatesZh_PlanSitesAndGrids', () => {
  assert.equal(candidatesZh('geodata'), '规划备选地块');
  assert.equal(candidatesZh('grid:400'), '网格 400 米');
  assert.equal(candidatesZh('points'), 'points');
});

test('comparisonSheets_AreasCommunitiesAndNotes', () => {
  const sheets = comparisonSheets({ title: '现状', coverage: planA }, { title: '新建9所小学', coverage: scenarioB }, '小学 · 步行 10 分钟');
  assert.deepEqual(sheets.map((s) => s.name), ['区域对比', '社区对比', '说明']);
  const [areas, communities, notes] = sheets;
  assert.equal(areas.rows.length, 1 + 1 + 2 + 1);
  assert.deepEqual(areas.rows[1], ['区', '420105', '汉阳区', 1000, 0.25, 0.5, 25, 250]);
  assert.equal(communities.rows.length, 4);
  assert.deepEqual(communities.rows[1].slice(0, 4), ['c1', '甲社区', 200, '是']);
  assert.equal(communities.rows[1][7], '仅A覆盖');
  assert.equal(communities.rows[2][7], '仅B覆盖');
  assert.equal(communities.rows[3][7], '均覆盖');
  assert.equal(communities.rows[1][4], null);
  assert.deepEqual(notes.rows[1], ['方案 B', '新建9所小学']);
});
