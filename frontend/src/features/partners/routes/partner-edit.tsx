// /partners/:id/edit — saves with If-Match; a 412 offers to load the latest version.
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { usePageTitle } from '@/components/use-page-title';
import { usePartner } from '@/features/partners/api/get-partner';
import { useUpdatePartner } from '@/features/partners/api/update-partner';
import { PartnerForm } from '@/features/partners/components/partner-form';

export function PartnerEditRoute() {
  const { t } = useTranslation();
  usePageTitle(t('partners.editTitle'));
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const partner = usePartner(id);
  const update = useUpdatePartner();

  const reload = async () => {
    await partner.refetch();
    update.reset();
  };

  return (
    <>
      <h1 className="utrecht-heading-1">{t('partners.editTitle')}</h1>
      {partner.isPending ? (
        <Loading shape="form" />
      ) : partner.isError ? (
        <ProblemAlert error={partner.error} />
      ) : (
        <PartnerForm
          // a reloaded version starts a fresh form
          key={partner.data.etag}
          partner={partner.data.data}
          submitting={update.isPending}
          error={update.error}
          onReload={() => void reload()}
          onSubmit={(body) =>
            update.mutate(
              { id, etag: partner.data.etag, body },
              {
                onSuccess: ({ data }) =>
                  navigate('/partners', { state: { notice: t('partners.updated', { name: data.name }) } }),
              },
            )
          }
        />
      )}
    </>
  );
}
