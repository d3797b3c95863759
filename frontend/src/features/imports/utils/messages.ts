// Why the API refused a file (from the field errors' codes) and why it rejected a row. Row
// reasons are stored with the import as English sentences of the backend's checks: the ones this
// SPA knows are said in the user's language; one it does not know yet is shown as stored.
import type { TFunction } from 'i18next';
import { isApiProblem } from '@/lib/problem';
import { describeFieldError, describeProblem } from '@/lib/problem-text';
import { fieldLabel } from '@/features/imports/utils/fields';
import type { ImportKind } from '@/features/imports/api/types';

type Rule = [RegExp, (match: RegExpExecArray) => string];

const SIZE_CLASSES = ['MICRO', 'SMALL', 'MEDIUM'] as const;

function listOf(locale: string, items: string[]): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

function reasonRules(t: TFunction): Rule[] {
  return [
    [/^must be exactly 8 digits$/, () => t('imports.reason.kvk')],
    [/^must be exactly 12 digits$/, () => t('imports.reason.branch')],
    [/^must be a Dutch postcode/, () => t('imports.reason.postcode')],
    [/^must be an http\(s\) address$/, () => t('imports.reason.website')],
    // the first wording is still in the reasons of imports made before the SBI list shipped
    [/^must be (an existing SBI code|a code of the SBI 2008 list)/, () => t('imports.reason.sbi')],
    [/^must be a well-formed email address$/, () => t('imports.reason.email')],
    [/^must be a whole number$/, () => t('imports.reason.wholeNumber')],
    [/^must be a date\b/, () => t('imports.reason.date')],
    [/^must be ja or nee\b/, () => t('imports.reason.yesNo')],
    [
      /^must be one of (.+?)(?: \(or in Dutch: (.+)\))?$/,
      (match) => t('imports.reason.oneOf', { values: (match[2] ?? match[1]!.toLowerCase()).replace(/_/g, ' ') }),
    ],
    [/^must not be (blank|null|empty)$/, () => t('imports.reason.blank')],
    [/^size must be between \d+ and (\d+)$/, (match) => t('imports.reason.tooLong', { max: Number(match[1]) })],
    [/^must be less than or equal to (-?\d+)$/, (match) => t('imports.reason.atMost', { max: Number(match[1]) })],
    [/^must be greater than or equal to (-?\d+)$/, (match) => t('imports.reason.atLeast', { min: Number(match[1]) })],
    [/^the same company as row (\d+)$/, (match) => t('imports.reason.sameAsRow', { row: match[1] })],
    [
      /^does not match (\d+) employees \((\w+)\)$/,
      (match) => {
        const sizeClass = SIZE_CLASSES.find((value) => value === match[2]);
        return t('imports.reason.sizeClassMismatch', {
          employees: Number(match[1]),
          sizeClass: sizeClass ? t(`enums.sizeClass.${sizeClass}`) : match[2],
        });
      },
    ],
    [/was merged into/, () => t('imports.reason.merged')],
    [/already exists/, () => t('imports.reason.exists')],
  ];
}

/** Why a row is rejected, in the user's language when the sentence is known. */
export function describeReason(t: TFunction, reason: string): string {
  for (const [pattern, say] of reasonRules(t)) {
    const match = pattern.exec(reason.trim());
    if (match) return say(match);
  }
  return reason;
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
