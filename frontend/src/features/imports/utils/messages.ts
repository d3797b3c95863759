// Why the API refused a file and why it rejected a row, both from the codes and params of field
// errors (lib/problem-text): the English sentences of the API are for developers and partner systems.
import type { TFunction } from 'i18next';
import { isApiProblem } from '@/lib/problem';
import { describeFieldError, describeProblem } from '@/lib/problem-text';
import { fieldLabel } from '@/features/imports/utils/fields';
import type { ImportKind, ImportRejection } from '@/features/imports/api/types';

function listOf(locale: string, items: string[]): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

/**
 * The values a person may write in a column read as one of a list: the Dutch words the import
 * reads when it has them and the screen speaks Dutch, else the codes in lower case.
 */
function allowedValues(language: string, params: Record<string, string>): string {
  if (language.startsWith('nl') && params.dutchValues) return params.dutchValues;
  return (params.values ?? '').toLowerCase().replace(/_/g, ' ');
}

/**
 * Why a row is rejected, in the user's language (nl, en): from its code and params as any field
 * error of the API; the English reason is for partner systems and never shown. Two codes say more
 * for an import than on a form: the values a column takes, and that a company comes first.
 */
export function describeRejection(t: TFunction, language: string, rejection: ImportRejection): string {
  const params = rejection.params;
  if (rejection.code === 'UNKNOWN_VALUE' && params.values) {
    return t('imports.rejection.values', { values: allowedValues(language, params) });
  }
  if (rejection.code === 'NOT_FOUND' && params.what === 'company') return t('imports.rejection.companyUnknown');
  return describeFieldError(t, { field: rejection.field ?? '', message: '', code: rejection.code, params });
}

export interface UploadProblem {
  /** Shown at the file picker. */
  message: string;
  /** More to say below it: the incident reference of a server error. */
  detail?: string;
}

/**
 * What to say at the file picker when the API refuses a file (or cannot be reached); locale
 * (nl-NL, en-GB) joins a list of missing columns as the language does ("Naam en Plaats").
 */
export function describeUploadProblem(t: TFunction, locale: string, kind: ImportKind, error: unknown): UploadProblem {
  if (!isApiProblem(error)) return { message: t('problem.network') };
  if (error.status === 413) return { message: t('imports.problem.tooLarge') };
  if (error.status === 403) return { message: t('problem.forbidden') };
  if (error.status >= 500) {
    // the server's words are English and technical; its incident reference helps the administrator
    const incident = error.params.incident;
    return { message: t('imports.problem.server'), detail: incident ? t('imports.problem.incident', { incident }) : undefined };
  }
  const refusals = error.errors.filter((item) => ['file', 'mapping', 'kind'].includes(item.field.split('.').pop() ?? ''));
  if (refusals.length > 0) {
    const messages = refusals.map((refusal) => {
      if (refusal.field.endsWith('kind')) return t('imports.problem.unknownKind');
      if (refusal.code === 'FILE_MISSING_COLUMNS') {
        const fields = (refusal.params.fields ?? '').split(',').filter(Boolean).map((field) => fieldLabel(t, kind, field) ?? field);
        return t('imports.problem.missingColumns', { count: fields.length, fields: listOf(locale, fields) });
      }
      if (refusal.code === 'FILE_UNREADABLE' && refusal.params.format === 'XLSX') {
        return describeFieldError(t, { ...refusal, params: { format: 'Excel (.xlsx)' } });
      }
      return describeFieldError(t, refusal);
    });
    return { message: messages.join(' ') };
  }
  return { message: describeProblem(t, error) };
}
