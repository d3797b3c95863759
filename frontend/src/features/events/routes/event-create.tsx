// /events/new — a new event starts as a draft; on success, go to its page.
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { usePageTitle } from '@/components/use-page-title';
import { useMe } from '@/shared/me';
import { useCreateEvent } from '@/features/events/api/create-event';
import { EventForm } from '@/features/events/components/event-form';

export function EventCreateRoute() {
  const { t } = useTranslation();
  usePageTitle(t('events.createTitle'));
  const navigate = useNavigate();
  const creation = useCreateEvent();
  // the form starts from who the user is: a partner user's own partner organises
  const me = useMe();
  return (
    <>
      <h1 className="utrecht-heading-1">{t('events.createTitle')}</h1>
      {me.isPending ? (
        <Loading shape="form" />
      ) : (
        <EventForm
          submitting={creation.isPending}
          error={creation.error}
          cancelTo="/events"
          onSubmit={(request) =>
            creation.mutate(request, {
              onSuccess: (event) =>
                navigate(`/events/${event.id}`, { state: { notice: t('events.created', { title: event.title }) } }),
            })
          }
        />
      )}
    </>
  );
}
