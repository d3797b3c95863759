// The rejected rows: the row number as the spreadsheet counts it, the column at fault (as the
// file names it, else the field's label) and the reason in the user's language, worded from its
// code. Three columns fit a phone.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportKind, ImportRejection } from '@/features/imports/api/types';
import { fieldLabel } from '@/features/imports/utils/fields';
import { describeRejection } from '@/features/imports/utils/messages';
import { useFormat } from '@/lib/format';

interface RejectionsTableProps {
  kind: ImportKind;
  rejections: ImportRejection[];
  total: number;
}

export function RejectionsTable({ kind, rejections, total }: RejectionsTableProps) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const captionId = useId();
  return (
    <>
      <p className="hint">{t('imports.preview.rowNumberHint')}</p>
      {total > rejections.length && (
        <p>{t('imports.preview.firstOnly', { shown: rejections.length, total })}</p>
      )}
      <div className="utrecht-table-container table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="utrecht-table utrecht-table--html-table import-rejections">
          <caption id={captionId} className="utrecht-table__caption visually-hidden">
            {t('imports.preview.rejectedCaption')}
          </caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">
                {t('imports.preview.row')}
              </th>
              <th scope="col" className="utrecht-table__header-cell">{t('imports.preview.columnOfRow')}</th>
              <th scope="col" className="utrecht-table__header-cell">{t('imports.preview.reason')}</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {rejections.map((rejection, index) => (
              <tr key={`${rejection.row}-${index}`} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell utrecht-table__cell--numeric-data row-header">
                  {format.number(rejection.row)}
                </th>
                <td className="utrecht-table__cell">
                  {rejection.column || fieldLabel(t, kind, rejection.field) || t('imports.preview.wholeRow')}
                </td>
                <td className="utrecht-table__cell">{describeRejection(t, i18n.language, rejection)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
