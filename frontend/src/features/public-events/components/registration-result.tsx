// After registering: the ticket as a QR code, or the waitlist message, or "already registered"
// (the ticket went to the mailbox again; nothing else is revealed).
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegistrationOutcome } from '@/features/public-events/api/register-publicly';
import { TicketQr } from '@/features/public-events/components/ticket-qr';

export function RegistrationResult({ outcome, title }: { outcome: RegistrationOutcome; title: string }) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const { registration } = outcome;
  const waitlisted = registration.status === 'WAITLISTED';
  const heading =
    outcome.kind === 'already'
      ? t('publicEvents.result.alreadyTitle')
      : waitlisted
        ? t('publicEvents.result.waitlistedTitle')
        : t('publicEvents.result.registeredTitle');
  return (
    <section className="registration-result" aria-labelledby="result-title">
      <h2 id="result-title" ref={headingRef} tabIndex={-1} className="utrecht-heading-2">
        {heading}
      </h2>
      {outcome.kind === 'already' ? (
        <p>{t('publicEvents.result.already')}</p>
      ) : (
        <>
          {waitlisted && <p>{t('publicEvents.result.waitlisted')}</p>}
          {registration.ticket && (
            <>
              <h3 className="utrecht-heading-3">{t('publicEvents.result.ticket')}</h3>
              <p>{t('publicEvents.result.ticketHint')}</p>
              <TicketQr ticket={registration.ticket} title={title} />
            </>
          )}
          <p>{t('publicEvents.result.cancelHint')}</p>
        </>
      )}
    </section>
  );
}
