// Likely duplicates of this company, each with a merge into this one after confirmation
// (admin, staff; the caller only renders it for them).
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { StatusMessage } from '@/components/status-message';
import { useLikelyDuplicates } from '@/features/companies/api/get-likely-duplicates';
import { useMergeCompanies } from '@/features/companies/api/merge-companies';
import type { Company } from '@/features/companies/api/types';

export function DuplicatesSection({ company }: { company: Company }) {
  const { t, i18n } = useTranslation();
  const duplicates = useLikelyDuplicates(company.id, true);
  const merge = useMergeCompanies();
  const [toMerge, setToMerge] = useState<Company | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });

  const confirm = () => {
    if (!toMerge) return;
    const duplicate = toMerge;
    merge.mutate(
      { id: company.id, duplicateId: duplicate.id },
      {
        onSuccess: () => setNotice(t('duplicates.merged', { duplicate: duplicate.name })),
        onSettled: () => setToMerge(null),
      },
    );
  };

  // the API gives pairs; the other side of each pair is the candidate
  const others = (duplicates.data ?? []).map((pair) => ({
    company: pair.company.id === company.id ? pair.duplicate : pair.company,
    similarity: pair.similarity,
  }));

  return (
    <section className="section" aria-labelledby="duplicates-title">
      <h2 id="duplicates-title" className="utrecht-heading-2">
        {t('duplicates.title')}
      </h2>
      <p>{t('duplicates.intro')}</p>
      <StatusMessage message={notice} />
      <ProblemAlert error={merge.error} />
      {duplicates.isPending ? (
        <Loading />
      ) : duplicates.isError ? (
        <ProblemAlert error={duplicates.error} />
      ) : others.length === 0 ? (
        <p>{t('duplicates.empty')}</p>
      ) : (
        <ul className="card-list">
          {others.map(({ company: other, similarity }) => (
            <li key={other.id} className="card">
              <p className="card__title">
                <Link className="utrecht-link" to={`/companies/${other.id}`}>
                  {other.name}
                </Link>
              </p>
              <p className="card__meta">
                {t('companies.fields.kvkNumber')} {other.kvkNumber}
                {other.postcode && ` · ${other.postcode}`} · {t('duplicates.similarity', { percent: percent.format(similarity) })}
              </p>
              <Button
                appearance="secondary"
                onClick={() => {
                  merge.reset();
                  setToMerge(other);
                }}
              >
                {t('duplicates.merge')}
                {' '}<span className="visually-hidden">{other.name}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={toMerge !== null}
        title={t('duplicates.mergeTitle')}
        message={t('duplicates.mergeConfirm', { duplicate: toMerge?.name ?? '', kvk: toMerge?.kvkNumber ?? '', name: company.name })}
        confirmLabel={t('duplicates.mergeButton')}
        busy={merge.isPending}
        onConfirm={confirm}
        onCancel={() => setToMerge(null)}
      />
    </section>
  );
}
