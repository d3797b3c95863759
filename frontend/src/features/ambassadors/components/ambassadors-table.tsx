// Ambassadors with their company, programme and term; current ones can have their term ended.
import { useId } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { today } from '@/lib/dates';
import { useFormat } from '@/lib/format';
import { useProgrammeDirectory } from '@/shared/reference/programmes';
import type { Ambassador } from '@/features/ambassadors/api/types';

/** A term with an end date of today or earlier is already ending: nothing to end. */
function isOpenEnded(ambassador: Ambassador): boolean {
  return !ambassador.termEnd || ambassador.termEnd > today();
}

interface AmbassadorsTableProps {
  caption: string;
  ambassadors: Ambassador[];
  canEnd: boolean;
  onEnd: (ambassador: Ambassador) => void;
}

export function AmbassadorsTable({ caption, ambassadors, canEnd, onEnd }: AmbassadorsTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const captionId = useId();
  const programmes = useProgrammeDirectory();
  return (
    <div className="utrecht-table-container table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="utrecht-table utrecht-table--html-table">
        <caption id={captionId} className="utrecht-table__caption visually-hidden">
          {caption}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">{t('ambassadors.fields.person')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('ambassadors.fields.company')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('ambassadors.fields.programme')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('ambassadors.fields.term')}</th>
            {canEnd && <th scope="col" className="utrecht-table__header-cell">{t('common.actions')}</th>}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {ambassadors.map((ambassador) => {
            const name = ambassador.contactName || t('ambassadors.hiddenName');
            return (
              <tr key={ambassador.id} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell row-header">
                  {name}
                </th>
                <td className="utrecht-table__cell">
                  <Link className="utrecht-link" to={`/companies/${ambassador.companyId}`}>
                    {ambassador.companyName ?? t('reference.company')}
                  </Link>
                </td>
                <td className="utrecht-table__cell">{programmes.nameOf(ambassador.programmeId)}</td>
                <td className="utrecht-table__cell">
                  {ambassador.termEnd
                    ? t('ambassadors.termRange', { start: format.date(ambassador.termStart), end: format.date(ambassador.termEnd) })
                    : t('ambassadors.termOpen', { start: format.date(ambassador.termStart) })}
                </td>
                {canEnd && (
                  <td className="utrecht-table__cell">
                    <div className="row-actions">
                      {isOpenEnded(ambassador) && (
                        <Button appearance="subtle" onClick={() => onEnd(ambassador)}>
                          {t('ambassadors.endTerm')}
                          {' '}<span className="visually-hidden">{name}</span>
                        </Button>
                      )}
                    </div>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
