// The file's columns and what each is read as; a column nobody recognises is said to be skipped.
import { useTranslation } from 'react-i18next';
import { Cell, RowHeader, Table, TableRow } from '@/components/table';
import type { ImportColumn, ImportKind } from '@/features/imports/api/types';
import { fieldLabel } from '@/features/imports/utils/fields';

export function ColumnsTable({ kind, columns }: { kind: ImportKind; columns: ImportColumn[] }) {
  const { t } = useTranslation();
  const notRead = columns.filter((column) => !column.field && column.header.trim() !== '').length;
  return (
    <>
      <Table
        caption={t('imports.preview.columnsCaption')}
        className="import-columns"
        columns={[t('imports.preview.column'), t('imports.preview.readAs')]}
      >
        {columns.map((column, index) => (
          <TableRow key={`${index}-${column.header}`}>
            <RowHeader>{column.header || t('common.none')}</RowHeader>
            <Cell>
              {column.field ? (
                // a field this SPA does not know yet is named by the file's own header
                (fieldLabel(t, kind, column.field) ?? column.header)
              ) : (
                <span className="import-columns__skipped">{t('imports.preview.notRead')}</span>
              )}
            </Cell>
          </TableRow>
        ))}
      </Table>
      {notRead > 0 && <p className="hint">{t('imports.preview.notReadHint', { count: notRead })}</p>}
    </>
  );
}
