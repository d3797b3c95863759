import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { StageAddForm, stageCodeOf } from '@/features/programmes/components/stage-add-form';

describe('adding a stage', () => {
  it.each([
    ['Kennis gemaakt (1e gesprek)', 'kennis-gemaakt-1e-gesprek'],
    ['Geïnspireerd', 'geinspireerd'],
    ['2e adviesgesprek', 'fase-2e-adviesgesprek'],
    ['  Actief!  ', 'actief'],
    ['Een hele lange naam voor een fase die nooit ophoudt', 'een-hele-lange-naam-voor-een-fase-die-no'],
  ])('derives the code of "%s" from its name', (name, code) => {
    expect(stageCodeOf(name)).toBe(code);
    expect(code).toMatch(/^[a-z][a-z0-9-]{0,39}$/);
  });

  it('asks only for the name and sends the derived code', async () => {
    const onSubmit = vi.fn();
    render(<StageAddForm saving={false} error={null} onSubmit={onSubmit} />);
    expect(screen.getAllByRole('textbox')).toHaveLength(1);
    await userEvent.type(screen.getByRole('textbox', { name: /^Naam/ }), 'Eerste contact');
    await userEvent.click(screen.getByRole('button', { name: 'Fase toevoegen' }));
    expect(onSubmit).toHaveBeenCalledWith({ code: 'eerste-contact', name: 'Eerste contact' }, expect.any(Function));
  });
});
