// The programme list as a table; names link to the detail page.
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Cell, RowHeader, Table, TableRow } from '@/components/table';
import type { Programme } from '@/features/programmes/api/types';
import { usePeriodLabel } from '@/features/programmes/components/labels';

export function ProgrammesTable({ programmes }: { programmes: Programme[] }) {
  const { t } = useTranslation();
  const period = usePeriodLabel();
  return (
    <Table
      caption={t('programmes.tableCaption')}
      columns={[t('programmes.fields.name'), t('programmes.fields.themes'), t('programmes.fields.period')]}
    >
      {programmes.map((programme) => (
        <TableRow key={programme.id}>
          <RowHeader>
            <Link className="utrecht-link" to={`/programmes/${programme.id}`}>
              {programme.name}
            </Link>
          </RowHeader>
          <Cell>
            {programme.themes.length > 0
              ? programme.themes.map((theme) => t(`programmes.theme.${theme}`)).join(', ')
              : t('common.none')}
          </Cell>
          <Cell>{period(programme)}</Cell>
        </TableRow>
      ))}
    </Table>
  );
}
