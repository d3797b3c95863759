// The fake import jobs and routes the wizard's tests share: a file of four companies of which
// one is rejected, previewed, then applied in steps.
import { installFakeApi, json, type Handler } from '@/testing/fake-api';
import { meAs } from '@/testing/network-fixtures';
import type { ImportJob } from '@/features/imports/api/types';
import { ImportJobRoute } from '@/features/imports/routes/import-job';
import { ImportStartRoute } from '@/features/imports/routes/import-start';

export const routes = [
  { path: 'imports', element: <ImportStartRoute /> },
  { path: 'imports/:id', element: <ImportJobRoute /> },
  { path: 'companies', element: <p>De bedrijvenlijst</p> },
];

const zero = { created: 0, updated: 0, unchanged: 0, rejected: 0 };

/** A previewed job: 4 rows, 3 would be created, the KvK number of row 5 is refused. */
export function previewedJob(overrides: Partial<ImportJob> = {}): ImportJob {
  return {
    id: 42,
    kind: 'COMPANIES',
    state: 'PREVIEWED',
    fileName: 'bedrijven.csv',
    format: 'CSV',
    createdAt: '2026-03-14T10:00:00Z',
    columns: [
      { header: 'KvK-nummer', field: 'kvkNumber' },
      { header: 'Naam', field: 'name' },
      { header: 'Postcode', field: 'postcode' },
      { header: 'Opmerking' },
    ],
    totalRows: 4,
    preview: { created: 3, updated: 0, unchanged: 0, rejected: 1 },
    rejections: [
      { row: 5, column: 'KvK-nummer', field: 'kvkNumber', code: 'FORMAT', params: { format: 'kvk-number' }, reason: 'must be exactly 8 digits' },
    ],
    rowsDone: 0,
    rowsToApply: 3,
    result: zero,
    validRowsOnly: false,
    version: 0,
    ...overrides,
  };
}

/** The job after confirming, as the API answers it on each poll, in order; the last one repeats. */
export function appliedStates(base: ImportJob = previewedJob()): ImportJob[] {
  return [
    { ...base, state: 'QUEUED', validRowsOnly: true, version: 1 },
    { ...base, state: 'RUNNING', rowsDone: 1, result: { ...zero, created: 1, rejected: 1 }, validRowsOnly: true, version: 2 },
    { ...base, state: 'SUCCEEDED', rowsDone: 3, result: { created: 3, updated: 0, unchanged: 0, rejected: 1 }, validRowsOnly: true, version: 3 },
  ];
}

/**
 * A backend with one job: POST /api/imports answers `uploaded`, a confirmation starts the
 * sequence `states`, and each GET of the job after that takes the next one.
 */
export function fakeImports({
  uploaded = previewedJob(),
  states = appliedStates(uploaded),
  earlier = [] as ImportJob[],
  routes: extra = {} as Record<string, Handler>,
  roles = ['partner'],
} = {}) {
  let current: ImportJob = uploaded;
  let step = -1;
  return installFakeApi({
    'GET /api/me': meAs(roles, roles.includes('partner') ? 1 : undefined),
    'GET /api/imports': () => json({ items: earlier, total: earlier.length, page: 0, size: 10 }),
    'POST /api/imports': () => json(uploaded, { status: 201 }),
    'GET /api/imports/:id': () => {
      if (step >= 0) {
        step = Math.min(step + 1, states.length - 1);
        current = states[step]!;
      }
      return json(current);
    },
    'POST /api/imports/:id/confirmation': () => {
      step = 0;
      current = states[0]!;
      return json(current, { status: 202 });
    },
    ...extra,
  });
}
