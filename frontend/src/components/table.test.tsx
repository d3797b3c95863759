import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Cell, RowHeader, Table, TableRow } from '@/components/table';

const people = [
  { name: 'Jan Jansen', visits: '1.234' },
  { name: 'Els Bakker', visits: '7' },
];

function PeopleTable({ withActions = false, captionVisible = false }: { withActions?: boolean; captionVisible?: boolean }) {
  return (
    <Table
      caption="Bezoekers"
      captionVisible={captionVisible}
      className="visitors"
      columns={['Naam', { header: 'Bezoeken', numeric: true }, withActions && 'Acties']}
    >
      {people.map((person) => (
        <TableRow key={person.name} className={person.visits === '7' ? 'row--quiet' : undefined}>
          <RowHeader>{person.name}</RowHeader>
          <Cell numeric>{person.visits}</Cell>
          {withActions && <Cell>Bewerken</Cell>}
        </TableRow>
      ))}
    </Table>
  );
}

describe('Table', () => {
  it('is named by its caption, and so is the box it scrolls sideways in, which the keyboard can reach', () => {
    render(<PeopleTable />);
    const table = screen.getByRole('table', { name: 'Bezoekers' });
    const region = screen.getByRole('region', { name: 'Bezoekers' });
    expect(region).toContainElement(table);
    expect(region).toHaveAttribute('tabindex', '0');
    expect(region).toHaveClass('table-scroll');
    expect(table).toHaveClass('utrecht-table', 'visitors');
    // read out, not shown, unless asked for
    expect(table.querySelector('caption')).toHaveClass('visually-hidden');
  });

  it('shows its caption when asked to', () => {
    render(<PeopleTable captionVisible />);
    expect(screen.getByRole('table', { name: 'Bezoekers' }).querySelector('caption')).not.toHaveClass('visually-hidden');
  });

  it('heads each column and each row, and leaves out a column given as false', () => {
    const { rerender } = render(<PeopleTable />);
    const table = screen.getByRole('table', { name: 'Bezoekers' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Naam', 'Bezoeken']);
    expect(within(table).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['Jan Jansen', 'Els Bakker']);
    const jan = within(table).getByRole('row', { name: /Jan Jansen/ });
    expect(within(jan).getByRole('cell', { name: '1.234' })).toBeInTheDocument();

    rerender(<PeopleTable withActions />);
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Naam', 'Bezoeken', 'Acties']);
    expect(within(table).getAllByRole('cell', { name: 'Bewerken' })).toHaveLength(2);
  });

  it('aligns a column of numbers to the end, its header and its cells alike', () => {
    render(<PeopleTable />);
    const table = screen.getByRole('table', { name: 'Bezoekers' });
    expect(within(table).getByRole('columnheader', { name: 'Bezoeken' })).toHaveClass('utrecht-table__header-cell--numeric-column');
    expect(within(table).getByRole('columnheader', { name: 'Naam' })).not.toHaveClass('utrecht-table__header-cell--numeric-column');
    expect(within(table).getByRole('cell', { name: '7' })).toHaveClass('utrecht-table__cell--numeric-data');
    expect(within(table).getByRole('rowheader', { name: 'Els Bakker' })).not.toHaveClass('utrecht-table__cell--numeric-data');
  });

  it('aligns a numeric row header too, and keeps a row’s own class', () => {
    render(
      <Table caption="Afgewezen rijen" columns={[{ header: 'Rij', numeric: true }, 'Reden']}>
        <TableRow className="row--withdrawn">
          <RowHeader numeric>5</RowHeader>
          <Cell>Onbekend KvK-nummer</Cell>
        </TableRow>
      </Table>,
    );
    const header = screen.getByRole('rowheader', { name: '5' });
    expect(header).toHaveClass('utrecht-table__cell--numeric-data', 'row-header');
    expect(header.closest('tr')).toHaveClass('utrecht-table__row', 'row--withdrawn');
  });

  it('puts grouped rows under a heading across the table, and a total at the foot', () => {
    const line = (name: string, count: string) => (
      <TableRow key={name}>
        <RowHeader>{name}</RowHeader>
        <Cell numeric>{count}</Cell>
      </TableRow>
    );
    render(
      <Table
        caption="Per indicator"
        columns={['Partner', { header: 'Aantal', numeric: true }]}
        groups={[
          { key: 'a', header: 'Geïnspireerd', rows: [line('KvK', '3'), line('FME', '4')] },
          { key: 'b', header: 'Geactiveerd', rows: [line('Hogeschool', '1')] },
        ]}
        footer={line('Totaal', '8')}
      />,
    );
    const table = screen.getByRole('table', { name: 'Per indicator' });
    const groups = within(table).getAllByRole('rowgroup');
    // the head, two groups, the foot
    expect(groups).toHaveLength(4);
    const heading = within(groups[1]!).getByRole('rowheader', { name: 'Geïnspireerd' });
    expect(heading).toHaveAttribute('scope', 'rowgroup');
    expect(heading).toHaveAttribute('colspan', '2');
    expect(within(groups[2]!).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['Geactiveerd', 'Hogeschool']);
    expect(groups[3]!.tagName).toBe('TFOOT');
    expect(within(groups[3]!).getByRole('cell', { name: '8' })).toHaveClass('utrecht-table__cell--numeric-data');
  });
});
