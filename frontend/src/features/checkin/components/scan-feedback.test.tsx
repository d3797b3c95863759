import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CHECK_IN_OUTCOMES } from '@/shared/enums';
import { FULL_SCREEN_MS, ScanFeedback } from '@/features/checkin/components/scan-feedback';

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

  it('says an admission made offline will be sent, only while it still waits', () => {
    const { rerender } = render(<ScanFeedback result={{ outcome: 'CHECKED_IN', ...person, offline: true }} pending />);
    expect(screen.getByRole('status')).toHaveTextContent('Opgeslagen op dit apparaat; wordt verstuurd zodra er verbinding is.');
    rerender(<ScanFeedback result={{ outcome: 'CHECKED_IN', ...person, offline: true }} pending={false} />);
    expect(screen.getByRole('status')).not.toHaveTextContent('Opgeslagen op dit apparaat');
  });

  it('takes the whole screen with undo at hand, and shrinks on Volgende, Escape or after a moment', async () => {
    vi.useFakeTimers();
    const onShrink = vi.fn();
    const onUndo = vi.fn();
    render(
      <ScanFeedback result={{ outcome: 'CHECKED_IN', ...person }} fullScreen onShrink={onShrink} undo={{ label: 'Check-in van Anouk de Jong ongedaan maken', busy: false, onUndo }} />,
    );
    const area = screen.getByTestId('scan-result');
    expect(area).toHaveClass('feedback-area--full', 'feedback-area--admitted');
    expect(screen.getByRole('button', { name: 'Volgende' })).toHaveFocus();
    screen.getByRole('button', { name: 'Check-in van Anouk de Jong ongedaan maken' }).click();
    expect(onUndo).toHaveBeenCalledOnce();
    screen.getByRole('button', { name: 'Volgende' }).click();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(onShrink).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(FULL_SCREEN_MS.admitted);
    expect(onShrink).toHaveBeenCalledTimes(3);
    vi.useRealTimers();
  });

  it('shows "already inside" in amber with since when and on which device, never a user name', () => {
    render(
      <ScanFeedback result={{ outcome: 'ALREADY_CHECKED_IN', ...person, checkedInAt: '2026-11-24T09:05:00Z', checkedInBy: 'checkin', device: 'deur-links' }} />,
    );
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Al binnen');
    expect(status).toHaveTextContent(/Sinds \d{2}:\d{2}, op apparaat deur-links/);
    expect(status).not.toHaveTextContent('checkin');
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
