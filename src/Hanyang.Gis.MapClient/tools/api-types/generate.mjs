// Writes the map client's API types from the server's OpenAPI document with openapi-typescript.
//
//   node tools/api-types/generate.mjs [source] [output]
//
// source: a URL or a file holding /openapi/v1.json; defaults to $HANYANG_API/openapi/v1.json
//         (HANYANG_API defaults to http://127.0.0.1:5080, the server `npm run dev` proxies to).
// output: defaults to src/generated/api.d.ts (checked in). The drift test in Hanyang.Gis.Server.Tests
//         runs this same script on a temporary file and compares.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const client = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const api = (process.env.HANYANG_API ?? 'http://127.0.0.1:5080').replace(/\/$/, '');
const source = process.argv[2] ?? `${api}/openapi/v1.json`;
const output = resolve(process.argv[3] ?? join(client, 'src', 'generated', 'api.d.ts'));

const HEADER = `// Generated from the server's OpenAPI document (/openapi/v1.json) by openapi-typescript — do not edit.
// Regenerate: scripts/gen-api-types.sh (starts the server on the embedded store), or
// \`npm run gen:api\` in src/Hanyang.Gis.MapClient against a running server (HANYANG_API).
`;

async function readDocument(from) {
  if (/^https?:\/\//.test(from)) {
    const response = await fetch(from, { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`${from}: HTTP ${response.status}`);
    return response.json();
  }
  return JSON.parse(await readFile(from, 'utf8'));
}

try {
  const document = await readDocument(source);
  const ast = await openapiTS(document, { alphabetize: true });
  await mkdir(dirname(output), { recursive: true });
  await writeFile(output, HEADER + '\n' + astToString(ast), 'utf8');
  console.log(`wrote ${output} from ${source}`);
} catch (e) {
  console.error(`gen-api-types: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
