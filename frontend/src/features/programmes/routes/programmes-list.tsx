// /programmes — search, filter by theme, sort and page through programmes.
import { useLocation, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '@/components/button';
import { Loading } from '@/components/loading';
import { Pagination } from '@/components/pagination';
import { ProblemAlert } from '@/components/problem-alert';
import { StatusMessage } from '@/components/status-message';
import { usePageTitle } from '@/components/use-page-title';
import { useCan } from '@/shared/authorization';
import { useProgrammes } from '@/features/programmes/api/get-programmes';
import { THEMES, type Theme } from '@/shared/enums';
import { PROGRAMME_SORTS, type ProgrammeSort } from '@/features/programmes/api/types';
import { ProgrammeFilters, type ProgrammeFilterValues } from '@/features/programmes/components/programme-filters';
import { ProgrammesTable } from '@/features/programmes/components/programmes-table';

const PAGE_SIZE = 20;

function readParams(search: URLSearchParams) {
  const theme = search.get('theme');
  const sort = search.get('sort');
  const page = Number.parseInt(search.get('page') ?? '1', 10);
  return {
    q: search.get('q') ?? '',
    theme: (THEMES as readonly string[]).includes(theme ?? '') ? (theme as Theme) : undefined,
    sort: (PROGRAMME_SORTS as readonly string[]).includes(sort ?? '') ? (sort as ProgrammeSort) : 'name',
    page: Number.isFinite(page) && page > 1 ? page - 1 : 0,
  };
}

export function ProgrammesListRoute() {
  const { t } = useTranslation();
  usePageTitle(t('programmes.title'));
  const location = useLocation();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = readParams(searchParams);
  const programmes = useProgrammes({ ...params, size: PAGE_SIZE });
  const canWrite = useCan('programmes:write');
  const notice = (location.state as { notice?: string } | null)?.notice;

  const update = (values: ProgrammeFilterValues, page = 0) => {
    const next = new URLSearchParams();
    if (values.q) next.set('q', values.q);
    if (values.theme) next.set('theme', values.theme);
    if (values.sort !== 'name') next.set('sort', values.sort);
    if (page > 0) next.set('page', String(page + 1));
    setSearchParams(next);
  };

  return (
    <>
      <div className="page-heading">
        <h1 className="utrecht-heading-1">{t('programmes.title')}</h1>
        {canWrite && (
          <ButtonLink to="/programmes/new" appearance="primary">
            {t('programmes.new')}
          </ButtonLink>
        )}
      </div>
      <p className="lead">{t('programmes.intro')}</p>
      <StatusMessage message={notice} />
      <ProgrammeFilters key={searchParams.toString()} values={params} onChange={(values) => update(values)} />
      {programmes.isPending ? (
        <Loading shape="table" />
      ) : programmes.isError ? (
        <ProblemAlert error={programmes.error} />
      ) : programmes.data.items.length === 0 ? (
        <p>{t('programmes.empty')}</p>
      ) : (
        <>
          <ProgrammesTable programmes={programmes.data.items} />
          <Pagination
            page={programmes.data.page}
            size={programmes.data.size}
            total={programmes.data.total}
            onPageChange={(page) => update(params, page)}
          />
        </>
      )}
    </>
  );
}
