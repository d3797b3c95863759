// One entry of the trail: what happened, to which record, by whom, and each changed field's
// value before and after.
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import type { AuditEntry } from '@/features/audit/api/get-audit';
import { actionLabel, actorLabel, fieldLabel, recordLabel, valueLabel } from '@/features/audit/utils/labels';
import { useValueNames } from '@/features/audit/utils/value-names';

export function AuditEntryItem({ entry, showCompany }: { entry: AuditEntry; showCompany: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const valueName = useValueNames(t);
  const value = (field: string, text: string | null | undefined) => valueName(entry, field, text) ?? valueLabel(t, text, format.date, { field, entityType: entry.entityType });
  const who = actorLabel(t, entry);
  // system work reads as its source alone ("Demogegevens"), a person as "door Sami Staf"
  const by = who.system
    ? who.text
    : entry.actorPartnerName
      ? t('audit.byForPartner', { actor: who.text, partner: entry.actorPartnerName })
      : t('audit.by', { actor: who.text });
  return (
    <li className="audit-entry">
      <p className="audit-entry__what">
        <strong>{actionLabel(t, entry.action, entry.entityType)}</strong>
        {showCompany && entry.companyId != null && entry.companyName && (
          <>
            {' · '}
            <Link className="utrecht-link" to={`/companies/${entry.companyId}`}>
              {entry.companyName}
            </Link>
          </>
        )}
      </p>
      <p className="audit-entry__who cell-secondary">
        {[
          format.date(entry.at),
          by,
          recordLabel(t, entry.entityType),
        ].join(' · ')}
      </p>
      {entry.changes.length > 0 && (
        <dl className="audit-entry__changes">
          {entry.changes.map((change) => (
            <div key={change.field} className="audit-change">
              <dt>{fieldLabel(t, change.field)}</dt>
              <dd>
                {/* a new value where there was none (a record created) reads as the value alone */}
                {change.before != null && (
                  <>
                    <span className="audit-change__before">{value(change.field, change.before)}</span>
                    <span aria-hidden="true"> → </span>
                    <span className="visually-hidden"> {t('audit.becomes')} </span>
                  </>
                )}
                <span className="audit-change__after">{value(change.field, change.after)}</span>
              </dd>
            </div>
          ))}
        </dl>
      )}
      {entry.maskedAt && <p className="cell-secondary">{t('audit.masked', { date: format.date(entry.maskedAt) })}</p>}
    </li>
  );
}
