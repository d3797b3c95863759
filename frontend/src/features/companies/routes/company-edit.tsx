// /companies/:id/edit — saves with If-Match; a 412 offers to load the latest version.
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { usePageTitle } from '@/components/use-page-title';
import { useCompany } from '@/features/companies/api/get-company';
import { useUpdateCompany } from '@/features/companies/api/update-company';
import { CompanyForm } from '@/features/companies/components/company-form';

export function CompanyEditRoute() {
  const { t } = useTranslation();
  usePageTitle(t('companies.editTitle'));
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const company = useCompany(id);
  const update = useUpdateCompany();

  const reload = async () => {
    await company.refetch();
    update.reset();
  };

  return (
    <>
      <h1 className="utrecht-heading-1">
        {t('companies.editTitle')}
        {company.data && <span className="heading-secondary">{company.data.data.name}</span>}
      </h1>
      {company.isPending ? (
        <Loading shape="form" />
      ) : company.isError ? (
        <ProblemAlert error={company.error} />
      ) : (
        <CompanyForm
          // a reloaded version starts a fresh form
          key={company.data.etag}
          company={company.data.data}
          submitting={update.isPending}
          error={update.error}
          cancelTo={`/companies/${id}`}
          onReload={() => void reload()}
          onSubmit={(body) =>
            update.mutate(
              { id, etag: company.data.etag, body },
              {
                onSuccess: ({ data }) =>
                  navigate(`/companies/${id}`, { state: { notice: t('companies.updated', { name: data.name }) } }),
              },
            )
          }
        />
      )}
    </>
  );
}
