// /my-work — where a partner's advisor starts: the referrals waiting for an answer, their latest
// activities, the companies they work with and the events they organise; the network's dashboard
// one click away.
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '@/components/button';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { usePageTitle } from '@/components/use-page-title';
import { useActingPartner } from '@/shared/authorization';
import { useFormat } from '@/lib/format';
import { usePartnerDirectory } from '@/shared/reference/partners';
import { useOpenInbox, useOwnUpcomingEvents, useRecentActivities } from '@/app/my-work-data';
import { CompanyWorkList } from '@/components/company-work-list';
import { useCompaniesWorkedWith } from '@/shared/reference/companies-worked-with';

interface WorkSectionProps {
  id: string;
  title: string;
  query: { isPending: boolean; isError: boolean; error: unknown };
  empty: boolean;
  emptyText: string;
  more: ReactNode;
  children: ReactNode;
}

/** How many of its companies the start page names; the link below opens them all. */
const FIRST_COMPANIES = 5;

function WorkSection({ id, title, query, empty, emptyText, more, children }: WorkSectionProps) {
  return (
    <section className="section work-section" aria-labelledby={id}>
      <h2 id={id} className="utrecht-heading-2">
        {title}
      </h2>
      {query.isPending ? <Loading /> : query.isError ? <ProblemAlert error={query.error} /> : empty ? <p>{emptyText}</p> : children}
      <p className="work-section__more">{more}</p>
    </section>
  );
}

export function MyWorkRoute() {
  const { t } = useTranslation();
  usePageTitle(t('myWork.title'));
  const format = useFormat();
  const { ownPartnerId } = useActingPartner();
  const partners = usePartnerDirectory();
  const inbox = useOpenInbox();
  const activities = useRecentActivities();
  const companies = useCompaniesWorkedWith(ownPartnerId, FIRST_COMPANIES);
  const events = useOwnUpcomingEvents(ownPartnerId);

  return (
    <>
      <div className="page-heading">
        <h1 className="utrecht-heading-1">{t('myWork.title')}</h1>
        <div className="page-actions">
          <ButtonLink to="/dashboard">{t('myWork.dashboard')}</ButtonLink>
        </div>
      </div>
      <p className="lead">{t('myWork.intro', { partner: partners.nameOf(ownPartnerId) })}</p>
      <div className="work-grid">
        <WorkSection
          id="work-referrals"
          title={t('myWork.referrals', { count: inbox.data?.total ?? 0 })}
          query={inbox}
          empty={inbox.data?.items.length === 0}
          emptyText={t('myWork.noReferrals')}
          more={<Link className="utrecht-link" to="/referrals?status=OPEN">{t('myWork.toInbox')}</Link>}
        >
          <ul className="work-list">
            {inbox.data?.items.map((referral) => (
              <li key={referral.id}>
                <Link className="utrecht-link" to={`/companies/${referral.companyId}`}>
                  {referral.companyName ?? t('reference.company')}
                </Link>
                <span className="work-list__meta">
                  {t('myWork.referredBy', { partner: partners.nameOf(referral.fromPartnerId), date: format.day(referral.createdAt) })}
                </span>
                <span>{referral.reason}</span>
              </li>
            ))}
          </ul>
        </WorkSection>
        <WorkSection
          id="work-activities"
          title={t('myWork.activities')}
          query={activities}
          empty={activities.data?.items.length === 0}
          emptyText={t('myWork.noActivities')}
          more={<Link className="utrecht-link" to="/companies">{t('myWork.toCompanies')}</Link>}
        >
          <ul className="work-list">
            {activities.data?.items.map((activity) => (
              <li key={activity.id}>
                <Link className="utrecht-link" to={`/companies/${activity.companyId}`}>
                  {activity.companyName ?? t('reference.company')}
                </Link>
                <span className="work-list__meta">
                  {t(`enums.activityType.${activity.type}`)} · {format.day(activity.occurredOn)}
                </span>
                {activity.summary && <span>{activity.summary}</span>}
              </li>
            ))}
          </ul>
        </WorkSection>
        <WorkSection
          id="work-companies"
          title={t('myWork.companies', { count: companies.data?.total ?? 0 })}
          query={companies}
          empty={companies.data?.items.length === 0}
          emptyText={t('myWork.noCompanies')}
          more={
            <Link className="utrecht-link" to={`/companies?workedWithPartnerId=${ownPartnerId ?? ''}`}>
              {t('myWork.allCompanies', { count: companies.data?.total ?? 0 })}
            </Link>
          }
        >
          <CompanyWorkList companies={companies.data?.items ?? []} />
        </WorkSection>
        <WorkSection
          id="work-events"
          title={t('myWork.events')}
          query={events}
          empty={events.data?.length === 0}
          emptyText={t('myWork.noEvents')}
          more={<Link className="utrecht-link" to="/events">{t('myWork.toEvents')}</Link>}
        >
          <ul className="work-list">
            {events.data?.map((event) => (
              <li key={event.id}>
                <Link className="utrecht-link" to={`/events/${event.id}`}>
                  {event.title}
                </Link>
                <span className="work-list__meta">{format.date(event.startsAt)}</span>
              </li>
            ))}
          </ul>
        </WorkSection>
      </div>
    </>
  );
}
