// /events/:id/edit — saves with If-Match; a 412 offers to load the latest version.
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { usePageTitle } from '@/components/use-page-title';
import { useMe } from '@/shared/me';
import { useEvent } from '@/features/events/api/get-event';
import { useUpdateEvent } from '@/features/events/api/update-event';
import { EventForm } from '@/features/events/components/event-form';

export function EventEditRoute() {
  const { t } = useTranslation();
  usePageTitle(t('events.editTitle'));
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const event = useEvent(id);
  const update = useUpdateEvent();
  // the form starts from who the user is: a partner user names its invitations too
  const me = useMe();

  const reload = async () => {
    await event.refetch();
    update.reset();
  };

  return (
    <>
      <h1 className="utrecht-heading-1">{t('events.editTitle')}</h1>
      {event.isPending || me.isPending ? (
        <Loading shape="form" />
      ) : event.isError ? (
        <ProblemAlert error={event.error} />
      ) : (
        <EventForm
          key={event.data.etag}
          event={event.data.data}
          submitting={update.isPending}
          error={update.error}
          cancelTo={`/events/${id}`}
          onReload={() => void reload()}
          onSubmit={(body) =>
            update.mutate(
              { id, etag: event.data.etag, body },
              {
                onSuccess: ({ data }) =>
                  navigate(`/events/${id}`, { state: { notice: t('events.updated', { title: data.title }) } }),
              },
            )
          }
        />
      )}
    </>
  );
}
