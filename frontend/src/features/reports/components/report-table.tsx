// The table every panel uses: a caption, column headers, a row header per row, numbers aligned
// to the right; an optional total row at the foot. Rows may come in groups (one indicator with
// its partners), each under a heading of its own instead of the group's name on every row.
import type { ReactNode } from 'react';
import { Cell, RowHeader, Table, TableRow, type TableColumn } from '@/components/table';

export interface Column extends TableColumn {
  header: string;
}

export interface Row {
  key: string | number;
  header: ReactNode;
  cells: ReactNode[];
}

export interface RowGroup {
  key: string | number;
  header: ReactNode;
  rows: Row[];
}

interface ReportTableProps {
  caption: string;
  /** The first column (the row headers) and the data columns. */
  columns: [Column, ...Column[]];
  rows?: Row[];
  groups?: RowGroup[];
  total?: Row;
}

export function ReportTable({ caption, columns, rows = [], groups, total }: ReportTableProps) {
  const [first, ...data] = columns;
  const line = (row: Row) => (
    <TableRow key={row.key}>
      <RowHeader>{row.header}</RowHeader>
      {row.cells.map((cell, index) => (
        <Cell key={index} numeric={data[index]?.numeric}>
          {cell}
        </Cell>
      ))}
    </TableRow>
  );
  return (
    <Table
      caption={caption}
      captionVisible
      className="report-table"
      // the row headers' column is a column of names, whatever its data
      columns={[first.header, ...data]}
      groups={groups?.map((group) => ({ key: group.key, header: group.header, rows: group.rows.map(line) }))}
      footer={total && line(total)}
    >
      {rows.map(line)}
    </Table>
  );
}
