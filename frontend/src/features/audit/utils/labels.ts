// People read what happened, not the codes the trail stores: an action, a kind of record and a
// field become words here, with a readable fallback for a code this SPA does not know yet.
import type { TFunction } from 'i18next';

/** The kinds of record the filter offers, in the order a programme manager thinks of them. */
export const RECORD_KINDS = [
  'company',
  'contact',
  'activity',
  'referral',
  'stage_record',
  'outcome',
  'ambassador',
  'event',
  'registration',
  'partner',
  'programme',
  'funnel_stage',
  'programme_target',
  'import',
  'retention_run',
] as const;

/** The operations the filter offers per kind; "company." means every operation on companies. */
export const OPERATIONS: Record<string, readonly string[]> = {
  company: ['company.created', 'company.updated', 'company.merged', 'company.deleted'],
  contact: ['contact.created', 'contact.updated', 'contact.exported', 'contact.erased'],
  activity: ['activity.created', 'activity.updated', 'activity.deleted'],
  referral: ['referral.created', 'referral.accepted', 'referral.declined', 'referral.done'],
  registration: ['registration.created', 'registration.cancelled', 'registration.promoted', 'check-in.admitted', 'check-in.walk-in', 'check-in.undone'],
};

/**
 * Who did it, as people read it: the name kept with the entry, or for work nobody asked for the
 * words of its system actor ("system/demo" → "Demogegevens"). Only an entry from before names were
 * kept falls back to the account it recorded.
 */
export function actorLabel(t: TFunction, entry: { actor: string; actorName?: string | null }): { text: string; system: boolean } {
  if (entry.actor === 'system' || entry.actor.startsWith('system/')) {
    const fallback = t('audit.systemActor.system');
    return { text: t(`audit.systemActor.${entry.actor}`, { defaultValue: fallback }), system: true };
  }
  return { text: entry.actorName?.trim() || entry.actor, system: false };
}

/** "company.updated" → "Bedrijfsgegevens gewijzigd"; an unknown one → "Wijziging aan bedrijf". */
export function actionLabel(t: TFunction, action: string, entityType: string): string {
  return t(`audit.action.${action.replace(/\./g, '_')}`, {
    defaultValue: t('audit.action.unknown', { record: recordLabel(t, entityType) }),
  });
}

export function recordLabel(t: TFunction, entityType: string): string {
  return t(`audit.record.${entityType}`, { defaultValue: t('audit.record.unknown') });
}

/** "kvkNumber" → "KvK-nummer"; an unknown field is spelled out ("someField" → "some field"). */
export function fieldLabel(t: TFunction, field: string): string {
  const humanised = field
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/ ids?$/, '');
  return t(`audit.field.${field}`, { defaultValue: humanised });
}

/**
 * Where the words for a field's enum values live (the keys the pages themselves use), by the kind
 * of record: "sizeClass: SMALL" reads "Klein (minder dan 50 werknemers)", as on the company page.
 */
function enumWords(field: string, entityType: string): string | undefined {
  switch (field) {
    case 'sizeClass':
      return 'enums.sizeClass';
    case 'needs':
      return 'enums.need';
    case 'indicator':
      return 'enums.indicator';
    case 'themes':
      return 'programmes.theme';
    case 'kind':
      return entityType === 'partner' ? 'partners.kind' : undefined;
    case 'type':
      if (entityType === 'activity') return 'enums.activityType';
      return entityType === 'event' ? 'eventEnums.type' : undefined;
    case 'source':
      return entityType === 'registration' ? 'eventEnums.source' : 'enums.stageSource';
    default:
      return undefined;
  }
}

/** Values as the trail keeps them, made readable: masked, empty, yes/no, dates, enum values (one or a list). */
export function valueLabel(
  t: TFunction,
  value: string | null | undefined,
  formatDate: (value: string) => string,
  of: { field: string; entityType: string } = { field: '', entityType: '' },
): string {
  if (value == null || value === '') return t('audit.value.empty');
  if (value === '(gewist)') return t('audit.value.masked');
  if (value === 'true') return t('common.yes');
  if (value === 'false') return t('common.no');
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return formatDate(value);
  const words = enumWords(of.field, of.entityType);
  if (words && /^[A-Z][A-Z_]*(, [A-Z][A-Z_]*)*$/.test(value)) {
    return value
      .split(', ')
      .map((one) => t(`${words}.${one}`, { defaultValue: one }))
      .join(', ');
  }
  return t(`audit.enumValue.${value}`, { defaultValue: value });
}
