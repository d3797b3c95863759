// The audit trail for admins: who changed what and when, with the values before and after,
// filtered by record, company, person, operation and period, and downloadable as CSV.
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { SelectField, TextField } from '@/components/form/fields';
import { MoreFilters, countSet } from '@/components/more-filters';
import { Loading } from '@/components/loading';
import { Pagination } from '@/components/pagination';
import { ProblemAlert } from '@/components/problem-alert';
import { usePageTitle } from '@/components/use-page-title';

import { AUDIT_PAGE_SIZE, useAudit, useDownloadAudit, type AuditFilters } from '@/features/audit/api/get-audit';
import { AuditEntryItem } from '@/features/audit/routes/audit-entry';
import { OPERATIONS, RECORD_KINDS, actionLabel, recordLabel } from '@/features/audit/utils/labels';



function filtersOf(params: URLSearchParams): AuditFilters {
  const number = (name: string) => (params.get(name) ? Number(params.get(name)) : undefined);
  return {
    companyId: number('companyId'),
    entityType: params.get('entityType') ?? undefined,
    entityId: number('entityId'),
    actor: params.get('actor') ?? undefined,
    action: params.get('action') ?? undefined,
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
  };
}

export function AuditRoute() {
  const { t } = useTranslation();
  usePageTitle(t('audit.title'));
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const page = Number(params.get('page') ?? 0);
  const audit = useAudit(filters, page);
  const download = useDownloadAudit();
  const [draft, setDraft] = useState({
    entityType: filters.entityType ?? '',
    action: filters.action ?? '',
    actor: filters.actor ?? '',
    from: filters.from ?? '',
    to: filters.to ?? '',
  });

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (filters.companyId) next.set('companyId', String(filters.companyId));
    if (draft.entityType && filters.entityId && draft.entityType === filters.entityType) {
      next.set('entityId', String(filters.entityId));
    }
    for (const name of ['entityType', 'action', 'actor', 'from', 'to'] as const) {
      if (draft[name].trim()) next.set(name, draft[name].trim());
    }
    setParams(next);
  };

  const clearScope = () => {
    const next = new URLSearchParams(params);
    for (const name of ['companyId', 'entityId', 'page']) next.delete(name);
    if (filters.entityId) next.delete('entityType');
    setParams(next);
  };

  const operations = (draft.entityType ? [draft.entityType] : Object.keys(OPERATIONS))
    .filter((kind) => OPERATIONS[kind])
    .map((kind) => ({
      label: recordLabel(t, kind),
      options: [
        { value: `${kind}.`, label: t('audit.filters.everyOperation', { record: recordLabel(t, kind) }) },
        ...OPERATIONS[kind]!.map((action) => ({ value: action, label: actionLabel(t, action, kind) })),
      ],
    }));
  const companyName = audit.data?.items.find((entry) => entry.companyId === filters.companyId)?.companyName;
  const scoped = filters.companyId || filters.entityId;

  return (
    <>
      <h1 className="utrecht-heading-1">{t('audit.title')}</h1>
      <p className="page-intro">{t('audit.intro')}</p>
      {scoped && (
        <p className="audit-scope">
          {filters.companyId
            ? t('audit.scope.company', { company: companyName ?? t('audit.scope.thisCompany') })
            : t('audit.scope.record', { record: recordLabel(t, filters.entityType ?? '') })}{' '}
          <Button appearance="subtle" onClick={clearScope}>
            {t('audit.scope.clear')}
          </Button>
        </p>
      )}
      <form className="filters audit-filters" onSubmit={apply} aria-label={t('audit.filters.label')}>
        <SelectField
          label={t('audit.filters.record')}
          name="entityType"
          value={draft.entityType}
          onChange={(event) => setDraft({ ...draft, entityType: event.target.value, action: '' })}
          placeholder={t('audit.filters.anyRecord')}
          options={RECORD_KINDS.map((kind) => ({ value: kind, label: recordLabel(t, kind) }))}
        />
        <MoreFilters activeCount={countSet([filters.action, filters.actor, filters.from, filters.to])}>
          <SelectField
            label={t('audit.filters.operation')}
            name="action"
            value={draft.action}
            onChange={(event) => setDraft({ ...draft, action: event.target.value })}
            placeholder={t('audit.filters.anyOperation')}
            options={[]}
            groups={operations}
          />
          <TextField
            label={t('audit.filters.actor')}
            description={t('audit.filters.actorHint')}
            name="actor"
            value={draft.actor}
            onChange={(event) => setDraft({ ...draft, actor: event.target.value })}
          />
          <TextField
            label={t('audit.filters.from')}
            name="from"
            type="date"
            value={draft.from}
            onChange={(event) => setDraft({ ...draft, from: event.target.value })}
          />
          <TextField
            label={t('audit.filters.to')}
            name="to"
            type="date"
            value={draft.to}
            onChange={(event) => setDraft({ ...draft, to: event.target.value })}
          />
        </MoreFilters>
        <div className="audit-filters__actions">
          <Button type="submit" appearance="primary">
            {t('audit.filters.apply')}
          </Button>
          <Button busy={download.isPending} onClick={() => download.mutate(filters)}>
            {t('audit.download')}
          </Button>
        </div>
      </form>
      {download.isError && <ProblemAlert error={download.error} />}
      {audit.isPending ? (
        <Loading shape="table" />
      ) : audit.isError ? (
        <ProblemAlert error={audit.error} />
      ) : audit.data.items.length === 0 ? (
        <p>{t('audit.empty')}</p>
      ) : (
        <>
          <ol className="audit-list" aria-label={t('audit.listLabel')}>
            {audit.data.items.map((entry) => (
              <AuditEntryItem key={entry.id} entry={entry} showCompany={!filters.companyId} />
            ))}
          </ol>
          <Pagination
            page={page}
            size={AUDIT_PAGE_SIZE}
            total={audit.data.total}
            onPageChange={(next) => {
              const moved = new URLSearchParams(params);
              moved.set('page', String(next));
              setParams(moved);
            }}
          />
        </>
      )}
    </>
  );
}
