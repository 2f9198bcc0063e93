// The client's module structure (issue 15): each panel is a module of its own under src/panels/ that talks to
// the others only through the event bus (src/app/bus.ts); no panel imports another; main.ts only composes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const src = join(dirname(fileURLToPath(import.meta.url)), '..', 'src');
const panels = join(src, 'panels');

function files(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** The panel a file belongs to: `coverage` for panels/coverage/form.ts and for panels/coverage.ts. */
function panelOf(file) {
  const rel = relative(panels, file);
  if (rel.startsWith('..')) return null;
  return rel.split(sep)[0].replace(/\.ts$/, '');
}

function imports(file) {
  return [...readFileSync(file, 'utf8').matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]).filter((s) => s.startsWith('.'));
}

test('no panel imports another panel', () => {
  const crossings = [];
  for (const file of files(panels)) {
    for (const spec of imports(file)) {
      const target = panelOf(resolve(dirname(file), spec));
      if (target !== null && target !== panelOf(file)) crossings.push(`${relative(src, file)} imports ${spec}`);
    }
  }
  assert.deepEqual(crossings, []);
});

test('only main.ts imports the panels, and it stays a short composition', () => {
  const outside = files(src).filter((f) => panelOf(f) === null && !f.endsWith(`${sep}main.ts`));
  const importers = outside.filter((f) => imports(f).some((spec) => panelOf(resolve(dirname(f), spec)) !== null));
  assert.deepEqual(importers.map((f) => relative(src, f)), []);
  const lines = readFileSync(join(src, 'main.ts'), 'utf8').split('\n').length;
  assert.ok(lines < 80, `main.ts has ${lines} lines`);
});
