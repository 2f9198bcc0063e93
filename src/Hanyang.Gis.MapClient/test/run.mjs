// Unit tests of the client's pure logic (src/logic): compiles it with the project's tsc into build-test/
// (as ES modules) and runs node's built-in test runner over test/*.test.mjs. Exit code is the runner's.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsc = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.logic.json')], { stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
mkdirSync(join(root, 'build-test'), { recursive: true });
writeFileSync(join(root, 'build-test', 'package.json'), '{ "type": "module" }\n');
const files = readdirSync(join(root, 'test')).filter((f) => f.endsWith('.test.mjs')).map((f) => join(root, 'test', f));
const run = spawnSync(process.execPath, ['--test', ...files], { stdio: 'inherit' });
process.exit(run.status ?? 1);
