// /companies/new — on success, straight to the new company's page.
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@/components/use-page-title';
import { useCreateCompany } from '@/features/companies/api/create-company';
import { CompanyForm } from '@/features/companies/components/company-form';

export function CompanyCreateRoute() {
  const { t } = useTranslation();
  usePageTitle(t('companies.createTitle'));
  const navigate = useNavigate();
  const creation = useCreateCompany();
  return (
    <>
      <h1 className="utrecht-heading-1">{t('companies.createTitle')}</h1>
      <CompanyForm
        submitting={creation.isPending}
        error={creation.error}
        cancelTo="/companies"
        onSubmit={(request) =>
          creation.mutate(request, {
            onSuccess: ({ data }) =>
              navigate(`/companies/${data.id}`, { state: { notice: t('companies.created', { name: data.name }) } }),
          })
        }
      />
    </>
  );
}
