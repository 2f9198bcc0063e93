import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Vocabulary } from '../build-test/vocabulary.js';

const kinds = [
  { id: 'primary-school', name_zh: '小学', capacity_unit: 'seats', standards: [] },
  { id: 'parking', name_zh: '公共停车场', capacity_unit: 'spaces', standards: [] },
];
const modes = [
  { id: 'walk', label_zh: '步行', for_whom_zh: null, access: 'walking', speed_zh: '4.5 km/h' },
  { id: 'walk-slow', label_zh: '慢行', for_whom_zh: '老人/儿童', access: 'walking', speed_zh: '3 km/h' },
  { id: 'drive', label_zh: '驾车', for_whom_zh: null, access: 'driving', speed_zh: '' },
];

test('kindZh_ServerName_IsShownAndAnUnknownIdReadsAsItself', () => {
  const v = new Vocabulary(kinds, modes);
  assert.equal(v.kindZh('parking'), '公共停车场');
  assert.equal(v.kindZh('heliport'), 'heliport');
});

test('modeLong_SpeedAndAudience_InOneBracket', () => {
  const v = new Vocabulary(kinds, modes);
  assert.equal(v.modeLong('walk'), '步行（4.5 km/h）');
  assert.equal(v.modeLong('walk-slow'), '慢行（3 km/h，老人/儿童）');
  assert.equal(v.modeLong('drive'), '驾车');
  assert.equal(v.modeShort('walk-slow'), '慢行');
});

test('Vocabulary_BeforeLoading_ShowsIds', () => {
  const v = new Vocabulary([], []);
  assert.equal(v.kindZh('primary-school'), 'primary-school');
  assert.equal(v.modeShort('walk'), 'walk');
  assert.deepEqual(v.modes, []);
});
