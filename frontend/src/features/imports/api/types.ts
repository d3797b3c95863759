// Import types, taken from the generated contract in one place, and the kinds as the URL names them.
import type { components } from '@/api/generated/schema';

export type ImportJob = components['schemas']['ImportJob'];
export type ImportJobPage = components['schemas']['ImportJobPage'];
export type ImportKind = components['schemas']['ImportKind'];
export type ImportState = components['schemas']['ImportState'];
export type ImportCounts = components['schemas']['ImportCounts'];
export type ImportRejection = components['schemas']['ImportRejection'];
export type ImportColumn = components['schemas']['ImportColumn'];

export const IMPORT_KINDS = ['COMPANIES', 'CONTACTS', 'ACTIVITIES'] as const satisfies readonly ImportKind[];

/** ?kind=companies ↔ COMPANIES: the URL in lower case, like the SPA's other parameters. */
export function kindFromParam(value: string | null): ImportKind {
  const upper = (value ?? '').toUpperCase();
  return (IMPORT_KINDS as readonly string[]).includes(upper) ? (upper as ImportKind) : 'COMPANIES';
}

export function kindParam(kind: ImportKind): string {
  return kind.toLowerCase();
}

/** The job is still being applied: poll it. */
export function isRunning(job: Pick<ImportJob, 'state'> | undefined): boolean {
  return job?.state === 'QUEUED' || job?.state === 'RUNNING';
}

export function isFinished(job: Pick<ImportJob, 'state'> | undefined): boolean {
  return job?.state === 'SUCCEEDED' || job?.state === 'FAILED';
}
