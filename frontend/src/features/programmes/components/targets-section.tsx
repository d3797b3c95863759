// Targets of a programme: table, add, edit (with If-Match) and delete (admin, staff write).
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { StatusMessage } from '@/components/status-message';
import { Cell, RowHeader, Table, TableRow } from '@/components/table';
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
        <Table
          caption={t('targets.tableCaption')}
          columns={[
            t('targets.fields.name'),
            t('targets.fields.stage'),
            { header: t('targets.fields.targetCount'), numeric: true },
            t('targets.fields.deadline'),
            canWrite && t('common.actions'),
          ]}
        >
          {targets.data.map((target) => (
            <TableRow key={target.id}>
              <RowHeader>{target.name}</RowHeader>
              <Cell>{target.stageId != null ? stageName(target.stageId) : target.indicator ? t(`enums.indicator.${target.indicator}`) : ''}</Cell>
              <Cell numeric>{format.number(target.targetCount)}</Cell>
              <Cell>{format.date(target.deadline)}</Cell>
              {canWrite && (
                <Cell>
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
                </Cell>
              )}
            </TableRow>
          ))}
        </Table>
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
