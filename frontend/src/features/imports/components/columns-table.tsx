// The file's columns and what each is read as; a column nobody recognises is said to be skipped.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportColumn, ImportKind } from '@/features/imports/api/types';
import { fieldLabel } from '@/features/imports/utils/fields';

export function ColumnsTable({ kind, columns }: { kind: ImportKind; columns: ImportColumn[] }) {
  const { t } = useTranslation();
  const captionId = useId();
  const notRead = columns.filter((column) => !column.field && column.header.trim() !== '').length;
  return (
    <>
      <div className="utrecht-table-container table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="utrecht-table utrecht-table--html-table import-columns">
          <caption id={captionId} className="utrecht-table__caption visually-hidden">
            {t('imports.preview.columnsCaption')}
          </caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">{t('imports.preview.column')}</th>
              <th scope="col" className="utrecht-table__header-cell">{t('imports.preview.readAs')}</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {columns.map((column, index) => (
              <tr key={`${index}-${column.header}`} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell row-header">
                  {column.header || t('common.none')}
                </th>
                <td className="utrecht-table__cell">
                  {column.field ? (
                    // a field this SPA does not know yet is named by the file's own header
                    (fieldLabel(t, kind, column.field) ?? column.header)
                  ) : (
                    <span className="import-columns__skipped">{t('imports.preview.notRead')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {notRead > 0 && <p className="hint">{t('imports.preview.notReadHint', { count: notRead })}</p>}
    </>
  );
}
