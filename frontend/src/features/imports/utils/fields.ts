// The fields each kind of import reads, as the API names them; the screen shows their Dutch
// (or English) labels from the locales, never these names.
import type { TFunction } from 'i18next';
import type { ImportKind } from '@/features/imports/api/types';

export const IMPORT_FIELDS = {
  COMPANIES: [
    'kvkNumber',
    'branchNumber',
    'name',
    'sbiCode',
    'employees',
    'sizeClass',
    'street',
    'houseNumber',
    'postcode',
    'city',
    'district',
    'website',
    'tags',
  ],
  CONTACTS: [
    'companyKvkNumber',
    'companyBranchNumber',
    'name',
    'email',
    'phone',
    'jobTitle',
    'consentPurpose',
    'consentSource',
    'consentGivenAt',
  ],
  ACTIVITIES: [
    'companyKvkNumber',
    'companyBranchNumber',
    'partner',
    'type',
    'occurredOn',
    'summary',
    'confidential',
    'themes',
    'needs',
    'programme',
    'stage',
    'contactEmail',
  ],
} as const satisfies Record<ImportKind, readonly string[]>;

type FieldOf<K extends ImportKind> = (typeof IMPORT_FIELDS)[K][number];

function isFieldOf<K extends ImportKind>(kind: K, field: string): field is FieldOf<K> {
  return (IMPORT_FIELDS[kind] as readonly string[]).includes(field);
}

/**
 * The label of a field the import reads; undefined for a field this SPA does not know yet (a
 * newer backend), so the caller can fall back to the file's own column header.
 */
export function fieldLabel(t: TFunction, kind: ImportKind, field: string | undefined): string | undefined {
  if (!field) return undefined;
  switch (kind) {
    case 'COMPANIES':
      return isFieldOf('COMPANIES', field) ? t(`imports.fields.COMPANIES.${field}`) : undefined;
    case 'CONTACTS':
      return isFieldOf('CONTACTS', field) ? t(`imports.fields.CONTACTS.${field}`) : undefined;
    case 'ACTIVITIES':
      return isFieldOf('ACTIVITIES', field) ? t(`imports.fields.ACTIVITIES.${field}`) : undefined;
  }
}
