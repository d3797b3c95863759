// Every problem type, code and format the backend can send has a Dutch and an English text: read
// from the contract (openapi.yaml) and the backend's sources, so a new code without words fails here.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { changeLanguage, i18n } from '@/lib/i18n';
import { ApiProblem, type FieldError } from '@/lib/problem';
import { describeFieldError, describeProblem } from '@/lib/problem-text';
import { nl } from '@/locales/nl';
import { en } from '@/locales/en';

const root = resolve(__dirname, '../../..');
const read = (path: string) => readFileSync(resolve(root, path), 'utf8');

function enumOf(schema: string): string[] {
  const contract = read('openapi.yaml');
  const block = new RegExp(`\\n    ${schema}:\\n      type: string\\n      enum:\\n((?:      - .+\\n)+)`).exec(contract);
  if (!block?.[1]) throw new Error(`${schema} is not an enum in openapi.yaml`);
  return block[1].trim().split('\n').map((line) => line.replace(/^\s*- /, '').trim());
}

const problemTypes = [...read('backend/src/main/java/nl/aanjager/common/problem/ProblemType.java').matchAll(/^\s+[A-Z_]+\("([a-z-]+)"/gm)].map((m) => m[1]!);
const formats = [
  ...[...read('backend/src/main/resources/ValidationMessages.properties').matchAll(/^aanjager\.format\.([a-z-]+)=/gm)].map((m) => m[1]!),
  ...[...read('backend/src/main/java/nl/aanjager/webhooks/WebhookService.java').matchAll(/"format", "([a-z-]+)"/g)].map((m) => m[1]!),
  ...[...read('backend/src/main/java/nl/aanjager/common/idempotency/IdempotencyKeyHeader.java').matchAll(/"format", "([a-z-]+)"/g)].map((m) => m[1]!),
  // the shapes of an import's cells (a whole number, a date, ja/nee)
  ...[...read('backend/src/main/java/nl/aanjager/imports/ImportValues.java').matchAll(/"format", "([a-z-]+)"/g)].map((m) => m[1]!),
];

describe('the words for every problem the API can send', () => {
  afterEach(() => changeLanguage('nl'));

  it.each([
    ['problem types', problemTypes, nl.problems.types, en.problems.types],
    ['problem codes', enumOf('ProblemCode'), nl.problems.codes, en.problems.codes],
    ['field error codes', enumOf('FieldErrorCode'), nl.problems.fields, en.problems.fields],
    ['formats', formats, nl.problems.formats, en.problems.formats],
  ])('%s have a Dutch and an English text', (_what, codes, dutch, english) => {
    expect(codes.length).toBeGreaterThan(3);
    const missing = codes.filter((code) => !(dutch as Record<string, string>)[code]?.trim() || !(english as Record<string, string>)[code]?.trim());
    expect(missing).toEqual([]);
  });

  it('words a field error from its code and params, and a format by its name', () => {
    const error = (code: FieldError['code'], params: Record<string, string> = {}): FieldError => ({ field: 'x', message: 'English', code, params });
    expect(describeFieldError(i18n.t, error('TOO_LONG', { max: '200' }))).toBe('Gebruik hoogstens 200 tekens.');
    expect(describeFieldError(i18n.t, error('FORMAT', { format: 'kvk-number' }))).toBe('Een KvK-nummer bestaat uit 8 cijfers.');
    expect(describeFieldError(i18n.t, error('FORMAT', { format: 'unheard-of' }))).toBe('Deze waarde heeft niet de juiste vorm.');
  });

  it('words a problem from its code, else its type, else its status, in the chosen language', async () => {
    const conflict = new ApiProblem({ status: 409, type: 'urn:aanjager:problem:conflict', code: 'STAGE_IN_USE', params: { name: 'Geïnspireerd', count: '2' } });
    expect(describeProblem(i18n.t, conflict)).toBe('Fase „Geïnspireerd” wordt door 2 doel(en) gebruikt. Wijzig of verwijder die eerst.');
    expect(describeProblem(i18n.t, new ApiProblem({ status: 429, type: 'urn:aanjager:problem:too-many-requests' }))).toMatch(/^Te veel verzoeken/);
    expect(describeProblem(i18n.t, new ApiProblem({ status: 502, title: 'Bad Gateway' }))).toMatch(/^De dienst is even niet beschikbaar/);
    await changeLanguage('en');
    expect(describeProblem(i18n.t, conflict)).toBe('Stage “Geïnspireerd” is used by 2 target(s). Change or remove those first.');
  });
});
