// /partners — search, filter, sort and page through partners; delete with confirmation.
import { useState } from 'react';
import { useLocation, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '@/components/button';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { Loading } from '@/components/loading';
import { Pagination } from '@/components/pagination';
import { ProblemAlert } from '@/components/problem-alert';
import { StatusMessage } from '@/components/status-message';
import { usePageTitle } from '@/components/use-page-title';
import { useCan } from '@/shared/authorization';
import { useDeletePartner } from '@/features/partners/api/delete-partner';
import { usePartners } from '@/features/partners/api/get-partners';
import {
  PARTNER_KINDS,
  PARTNER_SORTS,
  type Partner,
  type PartnerKind,
  type PartnerSort,
} from '@/features/partners/api/types';
import { PartnerFilters, type PartnerFilterValues } from '@/features/partners/components/partner-filters';
import { PartnersTable } from '@/features/partners/components/partners-table';

const PAGE_SIZE = 20;

function readParams(search: URLSearchParams) {
  const kind = search.get('kind');
  const sort = search.get('sort');
  const page = Number.parseInt(search.get('page') ?? '1', 10);
  return {
    q: search.get('q') ?? '',
    kind: (PARTNER_KINDS as readonly string[]).includes(kind ?? '') ? (kind as PartnerKind) : undefined,
    sort: (PARTNER_SORTS as readonly string[]).includes(sort ?? '') ? (sort as PartnerSort) : 'name',
    // the URL counts pages from 1, the API from 0
    page: Number.isFinite(page) && page > 1 ? page - 1 : 0,
  };
}

export function PartnersListRoute() {
  const { t } = useTranslation();
  usePageTitle(t('partners.title'));
  const location = useLocation();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = readParams(searchParams);
  const partners = usePartners({ ...params, size: PAGE_SIZE });
  const canWrite = useCan('partners:write');
  const canDelete = useCan('partners:delete');
  const deletion = useDeletePartner();
  const [toDelete, setToDelete] = useState<Partner | null>(null);
  const [notice, setNotice] = useState<string | null>(
    (location.state as { notice?: string } | null)?.notice ?? null,
  );

  const update = (values: PartnerFilterValues, page = 0) => {
    const next = new URLSearchParams();
    if (values.q) next.set('q', values.q);
    if (values.kind) next.set('kind', values.kind);
    if (values.sort !== 'name') next.set('sort', values.sort);
    if (page > 0) next.set('page', String(page + 1));
    setSearchParams(next);
  };

  const confirmDelete = () => {
    if (!toDelete) return;
    const partner = toDelete;
    deletion.mutate(partner, {
      onSuccess: () => setNotice(t('partners.deleted', { name: partner.name })),
      onSettled: () => setToDelete(null),
    });
  };

  return (
    <>
      <div className="page-heading">
        <h1 className="utrecht-heading-1">{t('partners.title')}</h1>
        {canWrite && (
          <ButtonLink to="/partners/new" appearance="primary">
            {t('partners.new')}
          </ButtonLink>
        )}
      </div>
      <p className="lead">{t('partners.intro')}</p>
      <StatusMessage message={notice} />
      <PartnerFilters
        key={searchParams.toString()}
        values={params}
        onChange={(values) => {
          setNotice(null);
          update(values);
        }}
      />
      <ProblemAlert error={deletion.error} />
      {partners.isPending ? (
        <Loading shape="table" />
      ) : partners.isError ? (
        <ProblemAlert error={partners.error} />
      ) : partners.data.items.length === 0 ? (
        <p>{t('partners.empty')}</p>
      ) : (
        <>
          <PartnersTable
            partners={partners.data.items}
            canWrite={canWrite}
            canDelete={canDelete}
            onDelete={(partner) => {
              deletion.reset();
              setToDelete(partner);
            }}
          />
          <Pagination
            page={partners.data.page}
            size={partners.data.size}
            total={partners.data.total}
            onPageChange={(page) => update(params, page)}
          />
        </>
      )}
      <ConfirmDialog
        open={toDelete !== null}
        title={t('partners.deleteTitle')}
        message={t('partners.deleteConfirm', { name: toDelete?.name ?? '' })}
        confirmLabel={t('common.delete')}
        busy={deletion.isPending}
        onConfirm={confirmDelete}
        onCancel={() => setToDelete(null)}
      />
    </>
  );
}
