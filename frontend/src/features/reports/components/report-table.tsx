// The table every panel uses: a caption, column headers, a row header per row, numbers aligned
// to the right; an optional total row at the foot. Rows may come in groups (one indicator with
// its partners), each under a heading of its own instead of the group's name on every row.
import type { ReactNode } from 'react';

export interface Column {
  header: string;
  numeric?: boolean;
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

function cellClass(column: Column | undefined) {
  return column?.numeric ? 'utrecht-table__cell utrecht-table__cell--numeric-data' : 'utrecht-table__cell';
}

export function ReportTable({ caption, columns, rows = [], groups, total }: ReportTableProps) {
  const [first, ...data] = columns;
  const line = (row: Row) => (
    <tr key={row.key} className="utrecht-table__row">
      <th scope="row" className="utrecht-table__header-cell row-header">
        {row.header}
      </th>
      {row.cells.map((cell, index) => (
        <td key={index} className={cellClass(data[index])}>
          {cell}
        </td>
      ))}
    </tr>
  );
  return (
    // scrolls sideways on a phone: a labelled region the keyboard can reach
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="utrecht-table report-table">
        <caption className="utrecht-table__caption">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              {first.header}
            </th>
            {data.map((column) => (
              <th
                key={column.header}
                scope="col"
                className={
                  column.numeric
                    ? 'utrecht-table__header-cell utrecht-table__header-cell--numeric-column'
                    : 'utrecht-table__header-cell'
                }
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        {groups ? (
          groups.map((group) => (
            <tbody key={group.key} className="utrecht-table__body report-table__group">
              <tr className="utrecht-table__row">
                <th scope="rowgroup" colSpan={columns.length} className="utrecht-table__header-cell report-table__group-header">
                  {group.header}
                </th>
              </tr>
              {group.rows.map(line)}
            </tbody>
          ))
        ) : (
          <tbody className="utrecht-table__body">{rows.map(line)}</tbody>
        )}
        {total && <tfoot className="utrecht-table__footer report-table__total">{line(total)}</tfoot>}
      </table>
    </div>
  );
}
