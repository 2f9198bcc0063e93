import assert from 'node:assert/strict';
import { test } from 'node:test';
import { crc32 as nodeCrc32, inflateRawSync } from 'node:zlib';
import { csvField, metresZh, minutesZh, pct, toCsv } from '../build-test/format.js';
import { hashFromQuery, queryFromHash } from '../build-test/hash.js';
import { groupByKind, minutesColor, MINUTES_RAMP, progressBar } from '../build-test/rules.js';
import { normalize, search } from '../build-test/search.js';
import { columnName, crc32, sheetName, xlsx, zip } from '../build-test/xlsx.js';

// ------------------------------------------------------------------ format
test('pct_Rate_OneDecimalPercent', () => {
  assert.equal(pct(0.2283), '22.8%');
  assert.equal(pct(1), '100.0%');
});

test('minutesZh_And_metresZh_UnreachedIsADash_KilometresFrom1000', () => {
  assert.equal(minutesZh(2.26), '2.3 分钟');
  assert.equal(minutesZh(null), '—');
  assert.equal(minutesZh(Infinity), '—');
  assert.equal(metresZh(850.4), '850 米');
  assert.equal(metresZh(1234), '1.2 公里');
});

test('toCsv_QuotesCommasQuotesAndLineBreaks_StartsWithBom_EndsLinesWithCrLf', () => {
  assert.equal(csvField('a,b'), '"a,b"');
  assert.equal(csvField('他说"好"'), '"他说""好"""');
  assert.equal(csvField(null), '');
  assert.equal(toCsv([['社区', '人口'], ['钟家村社区', 10671]]), '\uFEFF社区,人口\r\n钟家村社区,10671\r\n');
});

// ------------------------------------------------------------------ hash state
test('queryFromHash_RoundTripsWhatHashFromQueryWrites', () => {
  const q = { kind: 'primary-school', mode: 'walk-slow', minutes: 12.5 };
  assert.deepEqual(queryFromHash(`#${hashFromQuery(q)}`), q);
});

test('queryFromHash_UnknownModeMissingOrOutOfRangeMinutes_IsNull', () => {
  assert.equal(queryFromHash('#kind=park&mode=fly&minutes=10'), null);
  assert.equal(queryFromHash('#kind=park&mode=walk'), null);
  assert.equal(queryFromHash('#kind=park&mode=walk&minutes='), null);
  assert.equal(queryFromHash('#kind=park&mode=walk&minutes=0'), null);
  assert.equal(queryFromHash('#kind=park&mode=walk&minutes=241'), null);
  assert.equal(queryFromHash(''), null);
});

// ------------------------------------------------------------------ styling rules
test('minutesColor_ByShareOfTheBudget_UnreachableIsTheLastClass', () => {
  assert.equal(minutesColor(4, 10), MINUTES_RAMP[0].color);
  assert.equal(minutesColor(10, 10), MINUTES_RAMP[1].color);
  assert.equal(minutesColor(14, 10), MINUTES_RAMP[2].color);
  assert.equal(minutesColor(30, 10), MINUTES_RAMP[3].color);
  assert.equal(minutesColor(null, 10), MINUTES_RAMP[3].color);
  assert.notEqual(MINUTES_RAMP[0].color, MINUTES_RAMP[3].color);
});

test('groupByKind_FollowsTheKindOrder_NearestFirstInEachGroup_UnknownKindsLast', () => {
  const items = [
    { id: 'p2', name: '乙公园', kind: 'park', minutes: 9, metres: 600 },
    { id: 'x', name: '某物', kind: 'unknown', minutes: 1, metres: 50 },
    { id: 's1', name: '小学', kind: 'primary-school', minutes: 3, metres: 200 },
    { id: 'p1', name: '甲公园', kind: 'park', minutes: 2, metres: 100 },
  ];
  const g = groupByKind(items, ['primary-school', 'park']);
  assert.deepEqual(g.map((x) => x.kind), ['primary-school', 'park', 'unknown']);
  assert.deepEqual(g[1].items.map((x) => x.id), ['p1', 'p2']);
});

test('progressBar_CapsAt100_IndicatorsWithoutValueHaveNoBar', () => {
  assert.deepEqual(progressBar(12, 40), { percent: 30, label: '12 / 40（30.0%）' });
  assert.equal(progressBar(23, 21).percent, 100);
  assert.deepEqual(progressBar(null, null), { percent: null, label: '数据中无现状值' });
  assert.equal(progressBar(0, 0).percent, null);
});

// ------------------------------------------------------------------ search
test('search_RanksExactThenPrefixThenContains_CommunitiesBeforeFacilities', () => {
  const entries = [
    { type: 'road', name: '钟家村路', key: 'r1' },
    { type: 'road', name: '钟家村路', key: 'r2' },
    { type: 'facility', name: '钟家村小学', key: 'f1' },
    { type: 'community', name: '钟家村社区', key: 'c1', alias: '420105002001' },
    { type: 'community', name: '新钟家村社区', key: 'c2' },
  ];
  assert.deepEqual(search(entries, '钟家村').map((e) => e.key), ['c1', 'f1', 'r1', 'c2']);
  assert.deepEqual(search(entries, '钟家村社区').map((e) => e.key), ['c1', 'c2']);
  assert.deepEqual(search(entries, '420105002001').map((e) => e.key), ['c1']);
  assert.deepEqual(search(entries, '   '), []);
});

test('normalize_FoldsFullWidthAndCaseAndSpaces', () => {
  assert.equal(normalize('Ｋ１ 路'), 'k1路');
});

// ------------------------------------------------------------------ xlsx writer
test('crc32_MatchesZlib', () => {
  const data = new TextEncoder().encode('汉阳区 coverage 123');
  assert.equal(crc32(data), nodeCrc32(data));
  assert.equal(crc32(new Uint8Array(0)), 0);
});

/** Reads a ZIP back through its central directory, the way an unzipper does. */
function unzip(bytes) {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.length - 22;
  assert.equal(v.getUint32(end, true), 0x06054b50, 'end of central directory');
  const count = v.getUint16(end + 10, true);
  let at = v.getUint32(end + 16, true);
  const files = new Map();
  for (let i = 0; i < count; i++) {
    assert.equal(v.getUint32(at, true), 0x02014b50);
    const method = v.getUint16(at + 10, true);
    const crc = v.getUint32(at + 16, true);
    const size = v.getUint32(at + 24, true);
    const nameLen = v.getUint16(at + 28, true);
    const offset = v.getUint32(at + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLen));
    assert.equal(v.getUint32(offset, true), 0x04034b50);
    const start = offset + 30 + v.getUint16(offset + 26, true) + v.getUint16(offset + 28, true);
    const raw = bytes.subarray(start, start + v.getUint32(offset + 18, true));
    const data = method === 0 ? raw : inflateRawSync(raw);
    assert.equal(data.length, size);
    assert.equal(nodeCrc32(data), crc, `crc of ${name}`);
    files.set(name, new TextDecoder().decode(data));
    at += 46 + nameLen + v.getUint16(at + 30, true) + v.getUint16(at + 32, true);
  }
  return files;
}

test('zip_StoredEntries_ReadBackWithTheirChecksums', () => {
  const files = unzip(zip([{ name: 'a.txt', data: new TextEncoder().encode('hello') }, { name: '中文/b.txt', data: new Uint8Array(0) }]));
  assert.deepEqual([...files.keys()], ['a.txt', '中文/b.txt']);
  assert.equal(files.get('a.txt'), 'hello');
});

test('xlsx_TwoSheets_HasThePartsExcelNeedsAndTheCells', () => {
  const files = unzip(
    xlsx([
      { name: '社区', rows: [['社区', '人口', '覆盖'], ['钟家村社区 <A&B>', 10671, true], [null, 2.5, false]] },
      { name: 'bad:/name?', rows: [['x']] },
    ]),
  );
  for (const part of ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']) {
    assert.ok(files.has(part), part);
  }
  const sheet = files.get('xl/worksheets/sheet1.xml');
  assert.match(sheet, /<c r="A2" t="inlineStr"><is><t xml:space="preserve">钟家村社区 &lt;A&amp;B&gt;<\/t><\/is><\/c>/);
  assert.match(sheet, /<c r="B2"><v>10671<\/v><\/c>/);
  assert.match(sheet, /<c r="C2" t="b"><v>1<\/v><\/c>/);
  assert.match(sheet, /<row r="3"><c r="B3"><v>2.5<\/v><\/c>/);
  assert.match(files.get('xl/workbook.xml'), /<sheet name="社区" sheetId="1" r:id="rId1"\/><sheet name="bad  name" sheetId="2" r:id="rId2"\/>/);
  assert.throws(() => xlsx([]), /at least one sheet/);
});

test('columnName_And_sheetName_FollowExcelRules', () => {
  assert.deepEqual([0, 25, 26, 51, 701, 702].map(columnName), ['A', 'Z', 'AA', 'AZ', 'ZZ', 'AAA']);
  assert.equal(sheetName('x'.repeat(40), 0).length, 31);
  assert.equal(sheetName('[]', 2), 'Sheet3');
});

test('longestOfEachGroup_OneIndexPerGroup_TheLongestSegment', async () => {
  const { longestOfEachGroup } = await import('../build-test/rules.js');
  const picked = longestOfEachGroup([
    { group: '横|汉阳大道', length: 120 },
    { group: '横|汉阳大道', length: 900 },
    { group: '纵|龙阳大道', length: 50 },
    { group: '横|汉阳大道', length: 300 },
  ]);
  assert.deepEqual([...picked].sort(), [1, 2]);
  assert.equal(longestOfEachGroup([]).size, 0);
});
