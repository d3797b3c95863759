// The programme list as a table; names link to the detail page.
import { useId } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Programme } from '@/features/programmes/api/types';
import { usePeriodLabel } from '@/features/programmes/components/labels';

export function ProgrammesTable({ programmes }: { programmes: Programme[] }) {
  const { t } = useTranslation();
  const period = usePeriodLabel();
  const captionId = useId();
  return (
    <div className="utrecht-table-container table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="utrecht-table utrecht-table--html-table">
        <caption id={captionId} className="utrecht-table__caption visually-hidden">
          {t('programmes.tableCaption')}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">{t('programmes.fields.name')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('programmes.fields.themes')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('programmes.fields.period')}</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {programmes.map((programme) => (
            <tr key={programme.id} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell row-header">
                <Link className="utrecht-link" to={`/programmes/${programme.id}`}>
                  {programme.name}
                </Link>
              </th>
              <td className="utrecht-table__cell">
                {programme.themes.length > 0
                  ? programme.themes.map((theme) => t(`programmes.theme.${theme}`)).join(', ')
                  : t('common.none')}
              </td>
              <td className="utrecht-table__cell">{period(programme)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
