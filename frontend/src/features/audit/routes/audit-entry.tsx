// One entry of the trail: what happened, to which record, by whom, and each changed field's
// value before and after.
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import type { AuditEntry } from '@/features/audit/api/get-audit';
import { actionLabel, fieldLabel, recordLabel, valueLabel } from '@/features/audit/utils/labels';

export function AuditEntryItem({ entry, showCompany }: { entry: AuditEntry; showCompany: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const who = entry.actor === 'system' ? t('audit.system') : entry.actor;
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
          entry.actorPartnerName ? t('audit.byForPartner', { actor: who, partner: entry.actorPartnerName }) : t('audit.by', { actor: who }),
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
                    <span className="audit-change__before">{valueLabel(t, change.before, format.date)}</span>
                    <span aria-hidden="true"> → </span>
                    <span className="visually-hidden"> {t('audit.becomes')} </span>
                  </>
                )}
                <span className="audit-change__after">{valueLabel(t, change.after, format.date)}</span>
              </dd>
            </div>
          ))}
        </dl>
      )}
      {entry.maskedAt && <p className="cell-secondary">{t('audit.masked', { date: format.date(entry.maskedAt) })}</p>}
    </li>
  );
}
