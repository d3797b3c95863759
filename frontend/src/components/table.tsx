// A data table in NL Design System (Utrecht) classes: a caption that names it (hidden from view
// unless asked for), column headers, a header cell per row, numbers aligned to the end. On a
// narrow screen it scrolls sideways inside its own box — a region named by the caption that the
// keyboard can reach — so the page itself never does. Every table of the app is one of these, so
// how tables look and behave changes here.
import { useId, type ReactNode } from 'react';

export interface TableColumn {
  header: ReactNode;
  /** A column of numbers: its header aligns to the end (give its cells `numeric` too). */
  numeric?: boolean;
}

export interface TableRowGroup {
  key: string | number;
  /** Heads the group's rows, across the full width. */
  header: ReactNode;
  rows: ReactNode;
}

interface TableProps {
  /** Names the table and the box it scrolls in. */
  caption: string;
  /** Show the caption above the table; by default only assistive technology reads it. */
  captionVisible?: boolean;
  /** The column headers in order; `false` leaves a column out (actions the user may not take). */
  columns: ReadonlyArray<TableColumn | string | false>;
  /** Extra classes on the table, for a table's own widths and wrapping. */
  className?: string;
  /** The rows (TableRow), in one body. */
  children?: ReactNode;
  /** Rows in groups instead, each group a body of its own under a heading row. */
  groups?: ReadonlyArray<TableRowGroup>;
  /** Rows at the foot, such as a total. */
  footer?: ReactNode;
}

const HEADER_CELL = 'utrecht-table__header-cell';

function classes(...names: (string | false | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}

export function Table({ caption, captionVisible = false, columns, className, children, groups, footer }: TableProps) {
  const captionId = useId();
  const shown = columns.filter((column) => column !== false).map((column) => (typeof column === 'string' ? { header: column } : column));
  return (
    <div className="utrecht-table-container table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className={classes('utrecht-table', className)}>
        <caption id={captionId} className={classes('utrecht-table__caption', !captionVisible && 'visually-hidden')}>
          {caption}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {shown.map((column, index) => (
              <th key={index} scope="col" className={classes(HEADER_CELL, column.numeric && `${HEADER_CELL}--numeric-column`)}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        {groups ? (
          groups.map((group) => (
            <tbody key={group.key} className="utrecht-table__body">
              <tr className="utrecht-table__row">
                <th scope="rowgroup" colSpan={shown.length} className={classes(HEADER_CELL, 'table-group-header')}>
                  {group.header}
                </th>
              </tr>
              {group.rows}
            </tbody>
          ))
        ) : (
          <tbody className="utrecht-table__body">{children}</tbody>
        )}
        {footer && <tfoot className="utrecht-table__footer">{footer}</tfoot>}
      </table>
    </div>
  );
}

interface PartProps {
  className?: string;
  children?: ReactNode;
}

export function TableRow({ className, children }: PartProps) {
  return <tr className={classes('utrecht-table__row', className)}>{children}</tr>;
}

/** The cell that names its row (`rowheader`): usually the first, often a link to the thing itself. */
export function RowHeader({ numeric, className, children }: PartProps & { numeric?: boolean }) {
  return (
    <th scope="row" className={classes(HEADER_CELL, 'row-header', numeric && 'utrecht-table__cell--numeric-data', className)}>
      {children}
    </th>
  );
}

export function Cell({ numeric, className, children }: PartProps & { numeric?: boolean }) {
  return <td className={classes('utrecht-table__cell', numeric && 'utrecht-table__cell--numeric-data', className)}>{children}</td>;
}
