// Targets of a programme: table, add, edit (with If-Match) and delete (admin, staff write).
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { StatusMessage } from '@/components/status-message';
import { useCan } from '@/shared/authorization';
import { useFormat } from '@/lib/format';
import { useCreateTarget } from '@/features/programmes/api/create-target';
import { useDeleteTarget } from '@/features/programmes/api/delete-target';
import { useStages } from '@/features/programmes/api/get-stages';
import { useTargets } from '@/features/programmes/api/get-targets';
import { useUpdateTarget } from '@/features/programmes/api/update-target';
import type { Target } from '@/features/programmes/api/types';
import { useStageLabel } from '@/shared/stage-label';
import { TargetForm } from '@/features/programmes/components/target-form';

export function TargetsSection({ programmeId }: { programmeId: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const stageLabel = useStageLabel();
  const targets = useTargets(programmeId);
  const stages = useStages(programmeId);
  const canWrite = useCan('targets:write');
  const creation = useCreateTarget();
  const update = useUpdateTarget();
  const removal = useDeleteTarget();
  const [editing, setEditing] = useState<Target | null>(null);
  const [toDelete, setToDelete] = useState<Target | null>(null);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  // bumped after each successful add, so the add form starts empty again
  const [added, setAdded] = useState(0);
  const formHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (editing) formHeading.current?.focus();
  }, [editing]);

  const stageName = (stageId: number) => {
    const stage = stages.data?.find((s) => s.id === stageId);
    return stage ? stageLabel(stage) : t('common.none');
  };

  const confirmDelete = () => {
    if (!toDelete) return;
    const target = toDelete;
    removal.mutate(
      { programmeId, target },
      {
        onSuccess: () => {
          if (editing?.id === target.id) setEditing(null);
          setAnnouncement(t('targets.deleted', { name: target.name }));
        },
        onSettled: () => setToDelete(null),
      },
    );
  };

  const reloadTargets = async () => {
    const fresh = await targets.refetch();
    update.reset();
    setEditing(fresh.data?.find((target) => target.id === editing?.id) ?? null);
  };

  return (
    <section className="section" aria-labelledby="targets-title">
      <h2 id="targets-title" className="utrecht-heading-2">
        {t('targets.title')}
      </h2>
      <p>{t('targets.intro')}</p>
      <StatusMessage message={announcement} />
      <ProblemAlert error={removal.error} />
      {targets.isPending ? (
        <Loading />
      ) : targets.isError ? (
        <ProblemAlert error={targets.error} />
      ) : targets.data.length === 0 ? (
        <p>{t('targets.empty')}</p>
      ) : (
        <div className="utrecht-table-container table-scroll" role="region" aria-labelledby="targets-caption" tabIndex={0}>
          <table className="utrecht-table utrecht-table--html-table">
            <caption id="targets-caption" className="utrecht-table__caption visually-hidden">
              {t('targets.tableCaption')}
            </caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">{t('targets.fields.name')}</th>
                <th scope="col" className="utrecht-table__header-cell">{t('targets.fields.stage')}</th>
                <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">
                  {t('targets.fields.targetCount')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">{t('targets.fields.deadline')}</th>
                {canWrite && <th scope="col" className="utrecht-table__header-cell">{t('common.actions')}</th>}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {targets.data.map((target) => (
                <tr key={target.id} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell row-header">{target.name}</th>
                  <td className="utrecht-table__cell">{target.stageId != null ? stageName(target.stageId) : target.indicator ? t(`enums.indicator.${target.indicator}`) : ''}</td>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric-data">{format.number(target.targetCount)}</td>
                  <td className="utrecht-table__cell">{format.date(target.deadline)}</td>
                  {canWrite && (
                    <td className="utrecht-table__cell">
                      <div className="row-actions">
                        <Button
                          appearance="subtle"
                          onClick={() => {
                            update.reset();
                            setEditing(target);
                          }}
                        >
                          {t('common.edit')}
                          {' '}<span className="visually-hidden">{target.name}</span>
                        </Button>
                        <Button
                          appearance="subtle"
                          onClick={() => {
                            removal.reset();
                            setToDelete(target);
                          }}
                        >
                          {t('common.delete')}
                          {' '}<span className="visually-hidden">{target.name}</span>
                        </Button>
                      </div>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canWrite && stages.data && (
        <div className="subsection">
          <h3 className="utrecht-heading-3" ref={formHeading} tabIndex={-1}>
            {editing ? t('targets.editTitle', { name: editing.name }) : t('targets.addTitle')}
          </h3>
          {stages.data.length === 0 ? (
            <p>{t('targets.needStages')}</p>
          ) : editing ? (
            <TargetForm
              key={`edit-${editing.id}-${editing.version}`}
              target={editing}
              stages={stages.data}
              saving={update.isPending}
              error={update.error}
              onReload={() => void reloadTargets()}
              onCancel={() => setEditing(null)}
              onSubmit={(body) =>
                update.mutate(
                  { programmeId, target: editing, body },
                  {
                    onSuccess: (saved) => {
                      setEditing(null);
                      setAnnouncement(t('targets.updated', { name: saved.name }));
                    },
                  },
                )
              }
            />
          ) : (
            <TargetForm
              key={`new-${added}`}
              stages={stages.data}
              saving={creation.isPending}
              error={creation.error}
              onSubmit={(body) =>
                creation.mutate(
                  { programmeId, body },
                  {
                    onSuccess: (saved) => {
                      creation.reset();
                      setAdded((count) => count + 1);
                      setAnnouncement(t('targets.added', { name: saved.name }));
                    },
                  },
                )
              }
            />
          )}
        </div>
      )}
      <ConfirmDialog
        open={toDelete !== null}
        title={t('targets.deleteTitle')}
        message={t('targets.deleteConfirm', { name: toDelete?.name ?? '' })}
        confirmLabel={t('common.delete')}
        busy={removal.isPending}
        onConfirm={confirmDelete}
        onCancel={() => setToDelete(null)}
      />
    </section>
  );
}
