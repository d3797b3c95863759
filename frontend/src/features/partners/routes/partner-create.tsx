// /partners/new
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@/components/use-page-title';
import { useCreatePartner } from '@/features/partners/api/create-partner';
import { PartnerForm } from '@/features/partners/components/partner-form';

export function PartnerCreateRoute() {
  const { t } = useTranslation();
  usePageTitle(t('partners.createTitle'));
  const navigate = useNavigate();
  const creation = useCreatePartner();
  return (
    <>
      <h1 className="utrecht-heading-1">{t('partners.createTitle')}</h1>
      <PartnerForm
        submitting={creation.isPending}
        error={creation.error}
        onSubmit={(request) =>
          creation.mutate(request, {
            onSuccess: ({ data }) =>
              navigate('/partners', { state: { notice: t('partners.created', { name: data.name }) } }),
          })
        }
      />
    </>
  );
}
