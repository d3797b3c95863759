// Generates src/api/generated/schema.d.ts from the OpenAPI contract, or checks it is up to date.
//   node scripts/api-types.mjs generate   writes the file
//   node scripts/api-types.mjs check      fails when the committed file differs from a fresh generation
// Source: ../openapi.yaml (the published contract) when present, else ./openapi.draft.yaml.
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const contract = resolve(root, '../openapi.yaml');
const draft = resolve(root, 'openapi.draft.yaml');
const target = resolve(root, 'src/api/generated/schema.d.ts');

const mode = process.argv[2];
if (mode !== 'generate' && mode !== 'check') {
  console.error('usage: node scripts/api-types.mjs generate|check');
  process.exit(2);
}

const source = existsSync(contract) ? contract : draft;
if (!existsSync(source)) {
  console.error(`No OpenAPI document found (looked for ${contract} and ${draft})`);
  process.exit(1);
}

const ast = await openapiTS(pathToFileURL(source), { alphabetize: true });
const header =
  '// generated — do not edit.\n' +
  `// Source: ${relative(root, source).replaceAll('\\', '/')}; regenerate with: npm run api:generate\n\n`;
const output = header + astToString(ast);

if (mode === 'generate') {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, output);
  console.log(`API types written to ${relative(root, target)} from ${relative(root, source)}`);
} else {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current !== output) {
    console.error('API types are stale: run npm run api:generate');
    process.exit(1);
  }
  console.log(`API types are up to date with ${relative(root, source)}`);
}
