// /companies — search, filter, sort and page through companies; the search lives in the URL
// (shared/company-list-link), so a report's number can link to the companies behind it.
import { useLocation, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '@/components/button';
import { Loading } from '@/components/loading';
import { Pagination } from '@/components/pagination';
import { ProblemAlert } from '@/components/problem-alert';
import { StatusMessage } from '@/components/status-message';
import { usePageTitle } from '@/components/use-page-title';
import { Button } from '@/components/button';
import { DownloadButtons } from '@/components/download-buttons';
import { useCan, useListViewer } from '@/shared/authorization';
import {
  companyListSearch,
  readCompanyListFilters,
  refusedRelationshipFilters,
  type CompanyListFilters,
} from '@/shared/company-list-link';
import { oneOf } from '@/shared/enums';
import { exportCompanies } from '@/features/companies/api/export-companies';
import { useCompanies } from '@/features/companies/api/get-companies';
import { COMPANY_SORTS } from '@/features/companies/api/types';
import { CompaniesTable } from '@/features/companies/components/companies-table';
import { CompanyFilters, type CompanyFilterValues } from '@/features/companies/components/company-filters';
import { ReportFilters } from '@/features/companies/components/report-filters';

const PAGE_SIZE = 20;

/** URL → filters, sort and page. The URL counts pages from 1; the API counts from 0. */
function readParams(search: URLSearchParams): CompanyFilterValues & { page: number } {
  const page = Number.parseInt(search.get('page') ?? '1', 10);
  return {
    ...readCompanyListFilters(search),
    sort: oneOf(COMPANY_SORTS, search.get('sort')) ?? '',
    page: Number.isFinite(page) && page > 1 ? page - 1 : 0,
  };
}

function writeParams(values: CompanyFilterValues, page: number): URLSearchParams {
  const next = companyListSearch(values);
  if (values.sort) next.set('sort', values.sort);
  if (page > 0) next.set('page', String(page + 1));
  return next;
}

export function CompaniesListRoute() {
  const { t } = useTranslation();
  usePageTitle(t('companies.title'));
  const location = useLocation();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = readParams(searchParams);
  // a partner user cannot list another partner's relationships (the API answers 403): an old link
  // or a hand-made URL gets an explanation instead of the list
  const viewer = useListViewer();
  const refused = refusedRelationshipFilters(params, viewer);
  const companies = useCompanies({ ...params, size: PAGE_SIZE }, refused.length === 0);
  const withoutRefused = () => {
    const cleared: Partial<CompanyListFilters> = Object.fromEntries(refused.map((key) => [key, undefined]));
    if (refused.includes('creditedPartnerId')) cleared.creditedStageId = undefined;
    setSearchParams(writeParams({ ...params, ...cleared }, 0));
  };
  const canWrite = useCan('companies:write');
  const canImport = useCan('imports:write');
  const notice = (location.state as { notice?: string } | null)?.notice ?? null;

  return (
    <>
      <div className="page-heading">
        <h1 className="utrecht-heading-1">{t('companies.title')}</h1>
        {(canWrite || canImport) && (
          <div className="page-actions">
            {canImport && <ButtonLink to="/imports?kind=companies">{t('companies.import')}</ButtonLink>}
            {canWrite && (
              <ButtonLink to="/companies/new" appearance="primary">
                {t('companies.new')}
              </ButtonLink>
            )}
          </div>
        )}
      </div>
      <p className="lead">{t('companies.intro')}</p>
      <StatusMessage message={notice} />
      <CompanyFilters
        key={searchParams.toString()}
        values={params}
        onChange={(values) => setSearchParams(writeParams(values, 0))}
      />
      <ReportFilters values={params} onChange={(values) => setSearchParams(writeParams({ ...params, ...values }, 0))} />
      {refused.length > 0 && viewer !== undefined ? (
        <div className="utrecht-alert utrecht-alert--warning" role="alert">
          <div className="utrecht-alert__content">
            <div className="utrecht-alert__message">
              <p>{t('companies.otherPartner')}</p>
              <Button appearance="secondary" onClick={withoutRefused}>
                {t('companies.otherPartnerClear')}
              </Button>
            </div>
          </div>
        </div>
      ) : companies.isPending ? (
        <Loading shape="table" />
      ) : companies.isError ? (
        <ProblemAlert error={companies.error} />
      ) : companies.data.items.length === 0 ? (
        <p>{t('companies.empty')}</p>
      ) : (
        <>
          <CompaniesTable companies={companies.data.items} />
          <Pagination
            page={companies.data.page}
            size={companies.data.size}
            total={companies.data.total}
            approximate={!companies.data.totalExact}
            onPageChange={(page) => setSearchParams(writeParams(params, page))}
          />
          <DownloadButtons
            what={t('companies.title')}
            download={(format, language) => exportCompanies(params, format, language)}
          />
        </>
      )}
    </>
  );
}
