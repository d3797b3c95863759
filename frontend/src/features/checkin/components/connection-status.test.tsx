import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { changeLanguage } from '@/lib/i18n';
import { ConnectionStatus } from '@/features/checkin/components/connection-status';

const state = { offline: false, waiting: 0, syncing: false, synced: 0, problems: [], onDismiss: () => {} };

describe('the connection line at the door', () => {
  afterEach(() => changeLanguage('nl'));

  it.each([
    [{ offline: true, waiting: 1 }, 'Offline — 1 check-in wacht op verbinding'],
    [{ offline: true, waiting: 3 }, 'Offline — 3 check-ins wachten op verbinding'],
    [{ waiting: 1 }, '1 check-in wacht om te worden verstuurd'],
    [{ synced: 1 }, '1 check-in verstuurd.'],
    [{ synced: 4 }, '4 check-ins verstuurd.'],
  ])('says %o in Dutch as one or many', (props, text) => {
    render(<ConnectionStatus {...state} {...props} />);
    expect(screen.getByRole('status')).toHaveTextContent(text);
  });

  it('says one in English too', async () => {
    await changeLanguage('en');
    render(<ConnectionStatus {...state} synced={1} />);
    expect(screen.getByRole('status')).toHaveTextContent('1 check-in sent.');
  });
});
