// /events — upcoming or past events, searched and filtered; the filters live in the URL.
import { useLocation, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '@/components/button';
import { Loading } from '@/components/loading';
import { Pagination } from '@/components/pagination';
import { ProblemAlert } from '@/components/problem-alert';
import { StatusMessage } from '@/components/status-message';
import { usePageTitle } from '@/components/use-page-title';
import { useActingPartner, useCan } from '@/shared/authorization';
import { EVENT_STATUSES, oneOf } from '@/shared/enums';
import { useEvents } from '@/features/events/api/get-events';
import { PERIODS } from '@/features/events/api/types';
import { EventFilters, type EventFilterValues } from '@/features/events/components/event-filters';
import { EventsTable } from '@/features/events/components/events-table';
import { OpenInvitations } from '@/features/events/components/open-invitations';

const PAGE_SIZE = 20;

function readParams(search: URLSearchParams) {
  const page = Number.parseInt(search.get('page') ?? '1', 10);
  const programmeId = Number.parseInt(search.get('programmeId') ?? '', 10);
  return {
    q: search.get('q') ?? '',
    period: oneOf(PERIODS, search.get('period')) ?? 'upcoming',
    status: oneOf(EVENT_STATUSES, search.get('status')),
    programmeId: Number.isFinite(programmeId) && programmeId > 0 ? programmeId : undefined,
    page: Number.isFinite(page) && page > 1 ? page - 1 : 0,
  };
}

export function EventsListRoute() {
  const { t } = useTranslation();
  usePageTitle(t('events.title'));
  const location = useLocation();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = readParams(searchParams);
  const events = useEvents({ ...params, size: PAGE_SIZE });
  const canWrite = useCan('events:write');
  const { actsForNetwork, ownPartnerId } = useActingPartner();
  const notice = (location.state as { notice?: string } | null)?.notice;

  const update = (values: EventFilterValues, page = 0) => {
    const next = new URLSearchParams();
    if (values.q) next.set('q', values.q);
    if (values.period !== 'upcoming') next.set('period', values.period);
    if (values.status) next.set('status', values.status);
    if (values.programmeId) next.set('programmeId', String(values.programmeId));
    if (page > 0) next.set('page', String(page + 1));
    setSearchParams(next);
  };

  return (
    <>
      <div className="page-heading">
        <h1 className="utrecht-heading-1">{t('events.title')}</h1>
        {canWrite && (
          <ButtonLink to="/events/new" appearance="primary">
            {t('events.new')}
          </ButtonLink>
        )}
      </div>
      <p className="lead">{t('events.intro')}</p>
      <StatusMessage message={notice} />
      {/* a partner user's open invitations to organise; admin and staff name organisers directly */}
      {!actsForNetwork && ownPartnerId !== undefined && <OpenInvitations />}
      <EventFilters key={searchParams.toString()} values={params} onChange={(values) => update(values)} />
      {events.isPending ? (
        <Loading shape="table" />
      ) : events.isError ? (
        <ProblemAlert error={events.error} />
      ) : events.data.items.length === 0 ? (
        <p>{t('events.empty')}</p>
      ) : (
        <>
          <EventsTable events={events.data.items} />
          <Pagination
            page={events.data.page}
            size={events.data.size}
            total={events.data.total}
            onPageChange={(page) => update(params, page)}
          />
        </>
      )}
    </>
  );
}
