// The API's problems in the user's language: from the problem's type, code and params, and each
// field error's code and params. The English detail and messages of the API never reach a screen.
import type { TFunction } from 'i18next';
import { isApiProblem, type ApiProblem, type FieldError } from '@/lib/problem';

function has<T extends object>(catalogue: T, key: string | undefined): key is Extract<keyof T, string> {
  return key !== undefined && Object.prototype.hasOwnProperty.call(catalogue, key);
}

/** What is wrong with one field, e.g. "Een KvK-nummer bestaat uit 8 cijfers." */
export function describeFieldError(t: TFunction, error: FieldError): string {
  const formats = t('problems.formats', { returnObjects: true });
  if (error.code === 'FORMAT' && has(formats, error.params.format)) return t(`problems.formats.${error.params.format}`);
  return t(`problems.fields.${error.code}`, { ...error.params, defaultValue: t('problems.fields.INVALID') });
}

/** A problem without a type of ours (a proxy's 502, a test's fake) reads as the usual one of its status. */
const TYPE_OF_STATUS: Record<number, string> = {
  400: 'malformed-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  412: 'precondition-failed',
  413: 'content-too-large',
  429: 'too-many-requests',
  500: 'internal',
  502: 'service-unavailable',
  503: 'service-unavailable',
  504: 'service-unavailable',
};

/** The sentence that says what happened, from the code when there is one, else from the type. */
export function describeProblem(t: TFunction, problem: ApiProblem): string {
  if (problem.code) return t(`problems.codes.${problem.code}`, { ...problem.params, defaultValue: t('problem.unknown') });
  const types = t('problems.types', { returnObjects: true });
  const slug = problem.slug ?? TYPE_OF_STATUS[problem.status];
  return has(types, slug) ? t(`problems.types.${slug}`) : t('problem.unknown');
}

/** Field errors worded for the given fields of a form (others are left to the alert). */
export function describeFieldErrors<K extends string>(t: TFunction, error: unknown, fields: readonly K[]): Partial<Record<K, string>> {
  if (!isApiProblem(error)) return {};
  const all = error.fieldErrors;
  const result: Partial<Record<K, string>> = {};
  for (const field of fields) {
    const found = all[field];
    if (found) result[field] = describeFieldError(t, found);
  }
  return result;
}
