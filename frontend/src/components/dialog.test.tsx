import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { Dialog } from '@/components/dialog';
import { PromptDialog } from '@/components/prompt-dialog';

/** A page with a button that opens the dialog; the dialog's answer closes it again. */
function ConfirmPage({ onConfirm = vi.fn(), onCancel = vi.fn(), busy = false }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Verwijderen Bakkerij de Zon
      </button>
      <ConfirmDialog
        open={open}
        title="Bedrijf verwijderen"
        message="Bakkerij de Zon wordt verwijderd."
        confirmLabel="Verwijderen"
        busy={busy}
        onConfirm={() => {
          onConfirm();
          setOpen(false);
        }}
        onCancel={() => {
          onCancel();
          setOpen(false);
        }}
      />
    </>
  );
}

function PromptPage({ onConfirm = vi.fn(), required = false }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Afwijzen
      </button>
      <PromptDialog
        open={open}
        title="Doorverwijzing afwijzen"
        message="Laat de verwijzende partner weten waarom."
        label="Reden"
        confirmLabel="Afwijzen"
        required={required}
        danger
        onConfirm={(text) => {
          onConfirm(text);
          setOpen(false);
        }}
        onCancel={() => setOpen(false)}
      />
    </>
  );
}

describe('Dialog', () => {
  it('shows nothing while closed', () => {
    render(
      <Dialog open={false} title="Titel" message="Bericht" onCancel={vi.fn()}>
        <button type="button">Doen</button>
      </Dialog>,
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Doen' })).not.toBeInTheDocument();
  });

  it('opens as a modal named by its heading and described by its message, focus on the element marked for it', () => {
    render(
      <Dialog open title="Fase verwijderen" message="De fase verdwijnt uit het programma." onCancel={vi.fn()}>
        <button type="button">Eerst</button>
        <button type="button" data-autofocus>
          Hier
        </button>
      </Dialog>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Fase verwijderen' });
    expect(dialog).toHaveAttribute('open');
    expect(dialog).toHaveAccessibleDescription('De fase verdwijnt uit het programma.');
    expect(within(dialog).getByRole('heading', { level: 2, name: 'Fase verwijderen' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Hier' })).toHaveFocus();
  });
});

describe('ConfirmDialog', () => {
  it('opens from its button with the focus on Annuleren, and gives the focus back when cancelled', async () => {
    const user = userEvent.setup();
    const onCancel = vi.fn();
    const onConfirm = vi.fn();
    render(<ConfirmPage onCancel={onCancel} onConfirm={onConfirm} />);
    const opener = screen.getByRole('button', { name: 'Verwijderen Bakkerij de Zon' });

    await user.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'Bedrijf verwijderen' });
    expect(dialog).toHaveAccessibleDescription('Bakkerij de Zon wordt verwijderd.');
    expect(within(dialog).getByRole('button', { name: 'Annuleren' })).toHaveFocus();

    await user.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onConfirm).not.toHaveBeenCalled();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('cancels on Escape, and gives the focus back', async () => {
    const user = userEvent.setup();
    const onCancel = vi.fn();
    render(<ConfirmPage onCancel={onCancel} />);
    const opener = screen.getByRole('button', { name: 'Verwijderen Bakkerij de Zon' });

    await user.click(opener);
    expect(screen.getByRole('dialog', { name: 'Bedrijf verwijderen' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('confirms with its action button, and gives the focus back', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    render(<ConfirmPage onConfirm={onConfirm} />);
    const opener = screen.getByRole('button', { name: 'Verwijderen Bakkerij de Zon' });

    await user.click(opener);
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Verwijderen' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('cannot be confirmed twice while the action runs', async () => {
    const user = userEvent.setup();
    render(<ConfirmPage busy />);
    await user.click(screen.getByRole('button', { name: 'Verwijderen Bakkerij de Zon' }));
    const confirm = within(screen.getByRole('dialog')).getByRole('button', { name: 'Verwijderen' });
    expect(confirm).toBeDisabled();
    expect(confirm).toHaveAttribute('aria-busy', 'true');
  });
});

describe('PromptDialog', () => {
  it('starts in the text box and sends the text trimmed', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    render(<PromptPage onConfirm={onConfirm} />);
    const opener = screen.getByRole('button', { name: 'Afwijzen' });

    await user.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'Doorverwijzing afwijzen' });
    expect(dialog).toHaveAccessibleDescription('Laat de verwijzende partner weten waarom.');
    const text = within(dialog).getByRole('textbox', { name: 'Reden' });
    expect(text).toHaveFocus();
    await user.keyboard('  Geen capaciteit  ');
    await user.click(within(dialog).getByRole('button', { name: 'Afwijzen' }));
    expect(onConfirm).toHaveBeenCalledWith('Geen capaciteit');
    expect(opener).toHaveFocus();
  });

  it('asks for the text when it is required, and starts empty the next time', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    render(<PromptPage onConfirm={onConfirm} required />);

    await user.click(screen.getByRole('button', { name: 'Afwijzen' }));
    let dialog = screen.getByRole('dialog', { name: 'Doorverwijzing afwijzen' });
    await user.keyboard('   ');
    await user.click(within(dialog).getByRole('button', { name: 'Afwijzen' }));
    expect(onConfirm).not.toHaveBeenCalled();
    expect(within(dialog).getByRole('textbox', { name: /^Reden/ })).toHaveAccessibleDescription('Vul dit veld in.');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Afwijzen' }));
    dialog = screen.getByRole('dialog', { name: 'Doorverwijzing afwijzen' });
    expect(within(dialog).getByRole('textbox', { name: /^Reden/ })).toHaveValue('');
  });
});
