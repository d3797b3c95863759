// The trail keeps ids and account names as values ("organiserIds: 1, 2", "registeredBy: staff");
// people read names. Partners, programmes and stages come from the directories (the trail is for
// admins, who may read them); who-fields name the entry's own actor, whose name the entry keeps;
// persons, events and merged-into companies are too many for a directory, so the entry brings
// their names along (a person erased or hidden from the caller has none: "een contactpersoon").
import type { TFunction } from 'i18next';
import { usePartnerDirectory } from '@/shared/reference/partners';
import { useProgrammeDirectory, useStageDirectory } from '@/shared/reference/programmes';
import type { AuditEntry } from '@/features/audit/api/get-audit';
import { actorLabel } from '@/features/audit/utils/labels';

const PARTNER_FIELDS = new Set(['partnerId', 'toPartnerId', 'fromPartnerId', 'creditedPartnerId', 'organiserIds', 'invitedOrganiserIds', 'sharedWithPartnerIds']);

/** A field that records who did something: createdBy, recordedBy, checkedInBy, registeredBy, withdrawnBy, … */
const isWhoField = (field: string) => /By$/.test(field);

/** Fields whose ids the entry names itself (AuditEntry.names), with what to say when it cannot. */
const NAMED_BY_ENTRY = { contactId: 'audit.aContactPerson', eventId: 'audit.anEvent', mergedIntoId: 'audit.aCompany' } as const;

function isNamedByEntry(field: string): field is keyof typeof NAMED_BY_ENTRY {
  return Object.prototype.hasOwnProperty.call(NAMED_BY_ENTRY, field);
}

export function useValueNames(t: TFunction) {
  const partners = usePartnerDirectory();
  const programmes = useProgrammeDirectory();
  const stages = useStageDirectory(programmes.programmes.map((programme) => programme.id));
  const ids = (value: string) => value.split(',').map((part) => Number(part.trim()));

  /** The value in words, or undefined when it is no reference (the caller words it as a value). */
  return (entry: AuditEntry, field: string, value: string | null | undefined): string | undefined => {
    if (value == null || value === '' || value === '(gewist)') return undefined;
    if (isWhoField(field)) {
      if (value === 'system' || value.startsWith('system/')) return actorLabel(t, { actor: value }).text;
      // the person who did it is nearly always the entry's actor, whose name the entry keeps
      if (value === entry.actor) return actorLabel(t, entry).text;
      return undefined;
    }
    if (!/^\d+(, \d+)*$/.test(value)) return undefined;
    if (PARTNER_FIELDS.has(field)) return ids(value).map((id) => partners.nameOf(id)).join(', ');
    if (field === 'programmeId') return programmes.nameOf(Number(value));
    if (field === 'stageId') return stages.labelOf(Number(value));
    if (field === 'companyId' && Number(value) === entry.companyId && entry.companyName) return entry.companyName;
    if (isNamedByEntry(field)) {
      const named = entry.names.find((name) => name.field === field && name.id === Number(value));
      return named?.name ?? t(NAMED_BY_ENTRY[field]);
    }
    return undefined;
  };
}
