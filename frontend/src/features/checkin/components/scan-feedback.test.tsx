import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CHECK_IN_OUTCOMES } from '@/lib/enums';
import { ScanFeedback } from '@/features/checkin/components/scan-feedback';

const person = { name: 'Anouk de Jong', companyName: 'Jansen Metaalbewerking B.V.' };

describe('scan feedback', () => {
  it('announces an admission politely, in words, with the name and company', () => {
    render(<ScanFeedback result={{ outcome: 'CHECKED_IN', ...person }} />);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Toegelaten');
    expect(status).toHaveTextContent('Anouk de Jong');
    expect(status).toHaveTextContent('Jansen Metaalbewerking B.V.');
    expect(status.querySelector('.feedback--admitted')).not.toBeNull();
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
  });

  it('says an admission made offline will be sent later', () => {
    render(<ScanFeedback result={{ outcome: 'CHECKED_IN', ...person, offline: true }} />);
    expect(screen.getByRole('status')).toHaveTextContent('Offline vastgelegd, wordt later verstuurd');
  });

  it('shows "already inside" in amber with since when and by whom', () => {
    render(<ScanFeedback result={{ outcome: 'ALREADY_CHECKED_IN', ...person, checkedInAt: '2026-11-24T09:05:00Z', checkedInBy: 'checkin' }} />);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Al binnen');
    expect(status).toHaveTextContent(/Sinds \d{2}:\d{2} door checkin/);
    expect(status.querySelector('.feedback--warning')).not.toBeNull();
  });

  it('shows a conflict in amber with its reason', () => {
    render(<ScanFeedback result={{ outcome: 'CONFLICT', ...person }} />);
    expect(screen.getByRole('status')).toHaveTextContent('Let op: conflict');
    expect(screen.getByRole('status')).toHaveTextContent('Al ingecheckt op een ander apparaat');
  });

  const refusals = [
    ['WRONG_EVENT', 'Ticket van een andere bijeenkomst'],
    ['CANCELLED', 'Aanmelding is geannuleerd'],
    ['WAITLISTED', 'Staat op de wachtlijst'],
    ['NOT_OPEN', 'Inchecken is nu niet open'],
    ['UNKNOWN_TICKET', 'Onbekend of vervalst ticket'],
  ] as const;

  it.each(refusals)('refuses %s as an alert with the translated reason', (outcome, reason) => {
    render(<ScanFeedback result={{ outcome }} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Geweigerd');
    expect(alert).toHaveTextContent(reason);
    expect(alert.querySelector('.feedback--refused')).not.toBeNull();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('has a text for every outcome of the contract', () => {
    for (const outcome of CHECK_IN_OUTCOMES) {
      const { unmount } = render(<ScanFeedback result={{ outcome }} />);
      expect(screen.getByRole('group', { name: 'Resultaat' }).textContent?.trim()).not.toBe('');
      unmount();
    }
  });

  it('keeps both live regions in the page when there is nothing to show', () => {
    render(<ScanFeedback result={null} />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
  });
});
