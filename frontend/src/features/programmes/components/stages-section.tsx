// Funnel stages of a programme: list in order, add, rename, delete, reorder (admin writes).
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { StatusMessage } from '@/components/status-message';
import { useCan } from '@/shared/authorization';
import { useCreateStage } from '@/features/programmes/api/create-stage';
import { useDeleteStage } from '@/features/programmes/api/delete-stage';
import { useStages } from '@/features/programmes/api/get-stages';
import { useReorderStages } from '@/features/programmes/api/reorder-stages';
import { useUpdateStage } from '@/features/programmes/api/update-stage';
import type { Stage } from '@/features/programmes/api/types';
import { useStageLabel } from '@/shared/stage-label';
import { StageAddForm } from '@/features/programmes/components/stage-add-form';
import { StageList, type StageAction } from '@/features/programmes/components/stage-list';
import { moveId } from '@/features/programmes/utils/move-id';

export function StagesSection({ programmeId }: { programmeId: number }) {
  const { t } = useTranslation();
  const stageLabel = useStageLabel();
  const stages = useStages(programmeId);
  const canWrite = useCan('stages:write');
  const reorder = useReorderStages();
  const creation = useCreateStage();
  const update = useUpdateStage();
  const removal = useDeleteStage();
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const [renamingId, setRenamingId] = useState<number | null>(null);
  const [toDelete, setToDelete] = useState<Stage | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  // after a change re-renders the list, focus returns to the control the user was on
  const pendingFocus = useRef<{ id: number; action: StageAction } | null>(null);

  useEffect(() => {
    const pending = pendingFocus.current;
    const list = listRef.current;
    if (!pending || !list) return;
    const find = (action: StageAction) =>
      list.querySelector<HTMLButtonElement>(`[data-stage-id="${pending.id}"][data-action="${action}"]`);
    let button = find(pending.action);
    if (!button || button.disabled) button = find(pending.action === 'up' ? 'down' : 'up');
    if (button) {
      button.focus();
      pendingFocus.current = null;
    }
  }, [stages.data, renamingId]);

  const move = (stage: Stage, delta: -1 | 1) => {
    if (!stages.data || reorder.isPending) return;
    const stageIds = moveId(
      stages.data.map((s) => s.id),
      stage.id,
      delta,
    );
    pendingFocus.current = { id: stage.id, action: delta < 0 ? 'up' : 'down' };
    reorder.mutate(
      { programmeId, stageIds },
      {
        onSuccess: (result) =>
          setAnnouncement(
            t('stages.moved', {
              name: stageLabel(stage),
              position: result.findIndex((s) => s.id === stage.id) + 1,
              total: result.length,
            }),
          ),
      },
    );
  };

  const onAction = (stage: Stage, action: StageAction) => {
    setAnnouncement(null);
    if (action === 'up') move(stage, -1);
    else if (action === 'down') move(stage, 1);
    else if (action === 'rename') {
      update.reset();
      setRenamingId(stage.id);
    } else {
      removal.reset();
      setToDelete(stage);
    }
  };

  const rename = (stage: Stage, name: string) =>
    update.mutate(
      { programmeId, stage, body: { code: stage.code, name } },
      {
        onSuccess: (saved) => {
          pendingFocus.current = { id: stage.id, action: 'rename' };
          setRenamingId(null);
          setAnnouncement(t('stages.renamed', { name: saved.name }));
        },
      },
    );

  const confirmDelete = () => {
    if (!toDelete) return;
    const stage = toDelete;
    removal.mutate(
      { programmeId, stage },
      {
        onSuccess: () => setAnnouncement(t('stages.deleted', { name: stageLabel(stage) })),
        onSettled: () => setToDelete(null),
      },
    );
  };

  return (
    <section className="section" aria-labelledby="stages-title">
      <h2 id="stages-title" className="utrecht-heading-2">
        {t('stages.title')}
      </h2>
      <p>{t('stages.intro')}</p>
      <StatusMessage message={announcement} />
      <ProblemAlert error={reorder.error} />
      <ProblemAlert error={removal.error} messages={{ 409: t('stages.inUse') }} />
      {stages.isPending ? (
        <Loading />
      ) : stages.isError ? (
        <ProblemAlert error={stages.error} />
      ) : stages.data.length === 0 ? (
        <p>{t('stages.empty')}</p>
      ) : (
        <StageList
          stages={stages.data}
          canWrite={canWrite}
          renamingId={renamingId}
          renameSaving={update.isPending}
          renameError={update.error}
          listRef={listRef}
          onAction={onAction}
          onRename={rename}
          onCancelRename={() => {
            if (renamingId !== null) pendingFocus.current = { id: renamingId, action: 'rename' };
            setRenamingId(null);
          }}
        />
      )}
      {canWrite && (
        <StageAddForm
          saving={creation.isPending}
          error={creation.error}
          onSubmit={(body, reset) =>
            creation.mutate(
              { programmeId, body },
              {
                onSuccess: (stage) => {
                  reset();
                  setAnnouncement(t('stages.added', { name: stageLabel(stage) }));
                },
              },
            )
          }
        />
      )}
      <ConfirmDialog
        open={toDelete !== null}
        title={t('stages.deleteTitle')}
        message={t('stages.deleteConfirm', { name: toDelete ? stageLabel(toDelete) : '' })}
        confirmLabel={t('common.delete')}
        busy={removal.isPending}
        onConfirm={confirmDelete}
        onCancel={() => setToDelete(null)}
      />
    </section>
  );
}
