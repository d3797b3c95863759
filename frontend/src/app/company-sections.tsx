// The parts of the company page that other features own, composed here (the app layer is the
// only place that knows every feature): contact persons, funnel, activities, referral, timeline.
import { useTranslation } from 'react-i18next';
import { ActivitiesSection } from '@/features/activities/components/activities-section';
import { ContactsSection } from '@/features/contacts/components/contacts-section';
import { FunnelSection } from '@/features/funnel/components/funnel-section';
import { ReferCompanySection } from '@/features/referrals/components/refer-company-section';
import { TimelineSection } from '@/features/timeline/components/timeline-section';

export function CompanySections({ companyId }: { companyId: number }) {
  const { t } = useTranslation();
  const contents = [
    ['contacts', t('contacts.title')],
    ['funnel', t('funnel.title')],
    ['activities', t('activities.title')],
    ['refer', t('referrals.refer.title')],
    ['timeline', t('timeline.title')],
  ] as const;
  return (
    <>
      <nav className="page-contents" aria-label={t('companies.onThisPage')}>
        <ul>
          {contents.map(([id, label]) => (
            <li key={id}>
              <a className="utrecht-link" href={`#${id}`}>
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <ContactsSection companyId={companyId} />
      <FunnelSection companyId={companyId} />
      <ActivitiesSection companyId={companyId} />
      <ReferCompanySection companyId={companyId} />
      <TimelineSection companyId={companyId} />
    </>
  );
}
