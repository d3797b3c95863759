// Ambassadors with their company, programme and term; current ones can have their term ended.
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { Cell, RowHeader, Table, TableRow } from '@/components/table';
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
  const programmes = useProgrammeDirectory();
  return (
    <Table
      caption={caption}
      columns={[
        t('ambassadors.fields.person'),
        t('ambassadors.fields.company'),
        t('ambassadors.fields.programme'),
        t('ambassadors.fields.term'),
        canEnd && t('common.actions'),
      ]}
    >
      {ambassadors.map((ambassador) => {
        const name = ambassador.contactName || t('ambassadors.hiddenName');
        return (
          <TableRow key={ambassador.id}>
            <RowHeader>{name}</RowHeader>
            <Cell>
              <Link className="utrecht-link" to={`/companies/${ambassador.companyId}`}>
                {ambassador.companyName ?? t('reference.company')}
              </Link>
            </Cell>
            <Cell>{programmes.nameOf(ambassador.programmeId)}</Cell>
            <Cell>
              {ambassador.termEnd
                ? t('ambassadors.termRange', { start: format.date(ambassador.termStart), end: format.date(ambassador.termEnd) })
                : t('ambassadors.termOpen', { start: format.date(ambassador.termStart) })}
            </Cell>
            {canEnd && (
              <Cell>
                <div className="row-actions">
                  {isOpenEnded(ambassador) && (
                    <Button appearance="subtle" onClick={() => onEnd(ambassador)}>
                      {t('ambassadors.endTerm')}
                      {' '}<span className="visually-hidden">{name}</span>
                    </Button>
                  )}
                </div>
              </Cell>
            )}
          </TableRow>
        );
      })}
    </Table>
  );
}
