// /publiek/bijeenkomsten/:id — one event, and registering for it (no login).
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { usePageTitle } from '@/components/use-page-title';
import { usePublicEvent } from '@/features/public-events/api/get-public-event';
import { useRegisterPublicly } from '@/features/public-events/api/register-publicly';
import { EventFacts } from '@/features/public-events/components/event-facts';
import { RegistrationForm } from '@/features/public-events/components/registration-form';
import { RegistrationReceived } from '@/features/public-events/components/registration-received';

export function PublicEventRoute() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const event = usePublicEvent(id);
  const registration = useRegisterPublicly();
  usePageTitle(event.data?.title ?? t('publicEvents.title'));

  return (
    <>
      <p className="back-link">
        <Link className="utrecht-link" to="/publiek/bijeenkomsten">
          {t('publicEvents.back')}
        </Link>
      </p>
      {event.isPending ? (
        <Loading />
      ) : event.isError ? (
        <ProblemAlert error={event.error} />
      ) : (
        <>
          <h1 className="utrecht-heading-1">
            {event.data.title}
            <span className="heading-secondary">{t(`eventEnums.type.${event.data.type}`)}</span>
          </h1>
          <EventFacts event={event.data} />
          {event.data.description && <p className="card__text public-description">{event.data.description}</p>}
          {registration.isSuccess ? (
            <RegistrationReceived email={registration.variables.body.email} />
          ) : (
            <RegistrationForm
              full={event.data.full}
              submitting={registration.isPending}
              error={registration.error}
              onSubmit={(body) => registration.mutate({ eventId: id, body })}
            />
          )}
        </>
      )}
    </>
  );
}
