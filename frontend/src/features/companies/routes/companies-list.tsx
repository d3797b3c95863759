// /companies — search, filter, sort and page through companies; the search lives in the URL.
import { useLocation, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '@/components/button';
import { Loading } from '@/components/loading';
import { Pagination } from '@/components/pagination';
import { ProblemAlert } from '@/components/problem-alert';
import { StatusMessage } from '@/components/status-message';
import { usePageTitle } from '@/components/use-page-title';
import { useCan } from '@/lib/authorization';
import { SIZE_CLASSES, THEMES, oneOf, type SizeClass, type Theme } from '@/lib/enums';
import { useCompanies } from '@/features/companies/api/get-companies';
import { COMPANY_SORTS } from '@/features/companies/api/types';
import { CompaniesTable } from '@/features/companies/components/companies-table';
import { CompanyFilters, type CompanyFilterValues } from '@/features/companies/components/company-filters';

const PAGE_SIZE = 20;

function readId(value: string | null): number | undefined {
  const id = Number(value);
  return value && Number.isInteger(id) && id > 0 ? id : undefined;
}

/** URL → filters. The URL uses short names and counts pages from 1; the API counts from 0. */
function readParams(search: URLSearchParams): CompanyFilterValues & { page: number } {
  const page = Number.parseInt(search.get('page') ?? '1', 10);
  const programmeId = readId(search.get('programme'));
  return {
    q: search.get('q') ?? '',
    district: search.get('district') ?? '',
    sector: search.get('sector') ?? '',
    sizeClass: oneOf<SizeClass>(SIZE_CLASSES, search.get('size')),
    programmeId,
    stageId: programmeId === undefined ? undefined : readId(search.get('stage')),
    theme: oneOf<Theme>(THEMES, search.get('theme')),
    partnerId: readId(search.get('partner')),
    sort: oneOf(COMPANY_SORTS, search.get('sort')) ?? '',
    page: Number.isFinite(page) && page > 1 ? page - 1 : 0,
  };
}

function writeParams(values: CompanyFilterValues, page: number): URLSearchParams {
  const entries: [string, string | number | undefined][] = [
    ['q', values.q],
    ['district', values.district],
    ['sector', values.sector],
    ['size', values.sizeClass],
    ['programme', values.programmeId],
    ['stage', values.programmeId === undefined ? undefined : values.stageId],
    ['theme', values.theme],
    ['partner', values.partnerId],
    ['sort', values.sort],
    ['page', page > 0 ? page + 1 : undefined],
  ];
  const next = new URLSearchParams();
  for (const [key, value] of entries) if (value !== undefined && value !== '') next.set(key, String(value));
  return next;
}

export function CompaniesListRoute() {
  const { t } = useTranslation();
  usePageTitle(t('companies.title'));
  const location = useLocation();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = readParams(searchParams);
  const companies = useCompanies({ ...params, size: PAGE_SIZE });
  const canWrite = useCan('companies:write');
  const notice = (location.state as { notice?: string } | null)?.notice ?? null;

  return (
    <>
      <div className="page-heading">
        <h1 className="utrecht-heading-1">{t('companies.title')}</h1>
        {canWrite && (
          <ButtonLink to="/companies/new" appearance="primary">
            {t('companies.new')}
          </ButtonLink>
        )}
      </div>
      <p className="lead">{t('companies.intro')}</p>
      <StatusMessage message={notice} />
      <CompanyFilters
        key={searchParams.toString()}
        values={params}
        onChange={(values) => setSearchParams(writeParams(values, 0))}
      />
      {companies.isPending ? (
        <Loading />
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
            onPageChange={(page) => setSearchParams(writeParams(params, page))}
          />
        </>
      )}
    </>
  );
}
