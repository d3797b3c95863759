// The rejected rows: the row number as the spreadsheet counts it, the column at fault (as the
// file names it, else the field's label) and the reason in the user's language, worded from its
// code. Three columns fit a phone.
import { useTranslation } from 'react-i18next';
import { Cell, RowHeader, Table, TableRow } from '@/components/table';
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
  return (
    <>
      <p className="hint">{t('imports.preview.rowNumberHint')}</p>
      {total > rejections.length && (
        <p>{t('imports.preview.firstOnly', { shown: rejections.length, total })}</p>
      )}
      <Table
        caption={t('imports.preview.rejectedCaption')}
        className="import-rejections"
        columns={[{ header: t('imports.preview.row'), numeric: true }, t('imports.preview.columnOfRow'), t('imports.preview.reason')]}
      >
        {rejections.map((rejection, index) => (
          <TableRow key={`${rejection.row}-${index}`}>
            <RowHeader numeric>{format.number(rejection.row)}</RowHeader>
            <Cell>{rejection.column || fieldLabel(t, kind, rejection.field) || t('imports.preview.wholeRow')}</Cell>
            <Cell>{describeRejection(t, i18n.language, rejection)}</Cell>
          </TableRow>
        ))}
      </Table>
    </>
  );
}
