// The ticket as a QR code image, with alt text; the ticket text itself is below it for anyone
// whose scanner or screen reader needs it.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

export function TicketQr({ ticket, title }: { ticket: string; title: string }) {
  const { t } = useTranslation();
  const [source, setSource] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void import('qrcode').then(({ toDataURL }) =>
      toDataURL(ticket, { errorCorrectionLevel: 'M', margin: 4, scale: 8 }).then((url) => {
        if (current) setSource(url);
      }),
    );
    return () => {
      current = false;
    };
  }, [ticket]);
  return (
    <figure className="ticket">
      {source ? (
        <img className="ticket__qr" src={source} alt={t('publicEvents.result.qrAlt', { title })} width={296} height={296} />
      ) : (
        <div className="ticket__qr ticket__qr--pending" aria-hidden="true" />
      )}
      <figcaption className="ticket__code">
        <code>{ticket}</code>
      </figcaption>
    </figure>
  );
}
