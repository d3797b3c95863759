// /companies/:id — the company page: its details and likely duplicates here; the sections of
// other features (contacts, funnel, activities, timeline, referral) come in through `sections`,
// which the app layer composes, so this feature needs to know none of them.
import type { ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '@/components/button';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { StatusMessage } from '@/components/status-message';
import { usePageTitle } from '@/components/use-page-title';
import { useCan } from '@/shared/authorization';
import { useCompany } from '@/features/companies/api/get-company';
import type { Company } from '@/features/companies/api/types';
import { CompanyDetails } from '@/features/companies/components/company-details';
import { DuplicatesSection } from '@/features/companies/components/duplicates-section';

interface CompanyDetailRouteProps {
  sections?: (company: Company) => ReactNode;
}

export function CompanyDetailRoute({ sections }: CompanyDetailRouteProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const id = Number(useParams().id);
  const company = useCompany(id);
  const canWrite = useCan('companies:write');
  const canMerge = useCan('companies:merge');
  const readsAudit = useCan('audit:read');
  usePageTitle(company.data?.data.name ?? t('companies.title'));
  const notice = (location.state as { notice?: string } | null)?.notice;

  if (company.isPending) return <Loading />;
  if (company.isError) {
    return (
      <>
        <h1 className="utrecht-heading-1">{t('companies.title')}</h1>
        <ProblemAlert error={company.error} />
      </>
    );
  }
  const data = company.data.data;
  const merged = data.mergedIntoId != null;

  return (
    <>
      <p className="back-link">
        <Link className="utrecht-link" to="/companies">
          <span aria-hidden="true">← </span>
          {t('companies.title')}
        </Link>
      </p>
      <div className="page-heading">
        <h1 className="utrecht-heading-1">{data.name}</h1>
        {canWrite && !merged && <ButtonLink to={`/companies/${id}/edit`}>{t('companies.editTitle')}</ButtonLink>}
        {readsAudit && <ButtonLink to={`/audit?companyId=${id}`}>{t('audit.history')}</ButtonLink>}
      </div>
      <StatusMessage message={notice} />
      {merged && (
        <div className="utrecht-alert utrecht-alert--warning" role="note">
          <div className="utrecht-alert__content">
            <div className="utrecht-alert__message">
              <p className="alert-title">{t('companies.mergedInto')}</p>
              <Link className="utrecht-link" to={`/companies/${data.mergedIntoId}`}>
                {t('companies.openSurvivor')}
              </Link>
            </div>
          </div>
        </div>
      )}
      <section className="section section--first" aria-labelledby="company-details-title">
        <h2 id="company-details-title" className="utrecht-heading-2">
          {t('companies.details')}
        </h2>
        <CompanyDetails company={data} />
      </section>
      {!merged && sections?.(data)}
      {canMerge && !merged && <DuplicatesSection company={data} />}
    </>
  );
}
