// After registering: "check your mailbox". The answer is the same whether or not the address was
// registered before, so the page shows no ticket and no status: the mail carries the ticket or
// the waitlist place. It repeats the address the person typed, their own input, so a typo shows.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export function RegistrationReceived({ email }: { email: string }) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // the form is gone: put focus (and a screen reader) on what replaced it
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className="registration-received" aria-labelledby="received-title">
      <h2 id="received-title" ref={headingRef} tabIndex={-1} className="utrecht-heading-2">
        {t('publicEvents.received.title')}
      </h2>
      <p>
        {t('publicEvents.received.sentTo')} <strong className="registration-received__email">{email}</strong>
      </p>
      <p>{t('publicEvents.received.noMail')}</p>
      <p>{t('publicEvents.received.cancelHint')}</p>
    </section>
  );
}
