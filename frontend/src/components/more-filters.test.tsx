import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MoreFilters, countSet } from '@/components/more-filters';

describe('MoreFilters', () => {
  it('starts folded and opens and closes with its button, which says whether it is open', async () => {
    render(
      <MoreFilters activeCount={0}>
        <label>
          Wijk <input name="district" />
        </label>
      </MoreFilters>,
    );
    const toggle = screen.getByRole('button', { name: 'Filters' });
    const panel = document.getElementById(toggle.getAttribute('aria-controls') ?? '');

    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(panel).toHaveClass('filters__more--folded');
    expect(panel).toContainElement(screen.getByRole('textbox', { name: 'Wijk' }));

    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(panel).not.toHaveClass('filters__more--folded');

    await userEvent.click(toggle);
    expect(panel).toHaveClass('filters__more--folded');
  });

  it('says how many filters are set, so that a folded panel does not hide that they apply', () => {
    render(<MoreFilters activeCount={2}>{null}</MoreFilters>);

    expect(screen.getByRole('button', { name: 'Filters (2 ingesteld)' })).toBeInTheDocument();
  });

  it('counts the values that are set, not the empty ones', () => {
    expect(countSet(['Delfshaven', undefined, '', null, 0, 'SMALL'])).toBe(3);
  });
});
