// The ordered funnel stages with keyboard-usable move up/down, inline rename and delete.
import { useState, type FormEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { TextField } from '@/components/form/fields';
import { ProblemAlert } from '@/components/problem-alert';
import type { Stage } from '@/features/programmes/api/types';
import { useStageLabel } from '@/shared/stage-label';

export type StageAction = 'up' | 'down' | 'rename' | 'delete';

interface RenameFormProps {
  stage: Stage;
  label: string;
  saving: boolean;
  error: unknown;
  onSave: (name: string) => void;
  onCancel: () => void;
}

function RenameForm({ stage, label, saving, error, onSave, onCancel }: RenameFormProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(stage.name);
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!name.trim()) {
      setMissing(true);
      return;
    }
    onSave(name.trim());
  };
  return (
    <form className="stage__rename" noValidate onSubmit={submit}>
      <ProblemAlert error={error} />
      <TextField
        label={t('stages.renameLabel', { name: label })}
        name="name"
        required
        autoFocus
        value={name}
        error={missing ? t('common.requiredField') : undefined}
        onChange={(event) => {
          setName(event.target.value);
          setMissing(false);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onCancel();
        }}
      />
      <div className="button-row">
        <Button type="submit" appearance="primary" disabled={saving} busy={saving}>
          {t('common.save')}
        </Button>
        <Button appearance="subtle" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

interface StageListProps {
  stages: Stage[];
  canWrite: boolean;
  renamingId: number | null;
  renameSaving: boolean;
  renameError: unknown;
  listRef: Ref<HTMLOListElement>;
  onAction: (stage: Stage, action: StageAction) => void;
  onRename: (stage: Stage, name: string) => void;
  onCancelRename: () => void;
}

export function StageList(props: StageListProps) {
  const { stages, canWrite, renamingId, listRef, onAction } = props;
  const { t } = useTranslation();
  const stageLabel = useStageLabel();

  return (
    <ol className="stage-list" ref={listRef} aria-labelledby="stages-title">
      {stages.map((stage, index) => {
        const label = stageLabel(stage);
        const hidden = (
          <>
            {' '}
            <span className="visually-hidden">{label}</span>
          </>
        );
        const actionProps = (action: StageAction) => ({
          'data-stage-id': stage.id,
          'data-action': action,
          onClick: () => onAction(stage, action),
        });
        return (
          <li key={stage.id} className="stage">
            <span className="stage__position" aria-hidden="true">
              {index + 1}
            </span>
            <div className="stage__body">
              {renamingId === stage.id ? (
                <RenameForm
                  stage={stage}
                  label={label}
                  saving={props.renameSaving}
                  error={props.renameError}
                  onSave={(name) => props.onRename(stage, name)}
                  onCancel={props.onCancelRename}
                />
              ) : (
                <span className="stage__name">
                  <span className="visually-hidden">{t('stages.position', { position: index + 1 })}: </span>
                  {label}
                </span>
              )}
            </div>
            {canWrite && renamingId !== stage.id && (
              <div className="stage__actions">
                <Button appearance="secondary" disabled={index === 0} {...actionProps('up')}>
                  <span className="button-icon" aria-hidden="true">↑</span>
                  {t('stages.moveUp')}
                  {hidden}
                </Button>
                <Button appearance="secondary" disabled={index === stages.length - 1} {...actionProps('down')}>
                  <span className="button-icon" aria-hidden="true">↓</span>
                  {t('stages.moveDown')}
                  {hidden}
                </Button>
                <Button appearance="subtle" {...actionProps('rename')}>
                  {t('stages.rename')}
                  {hidden}
                </Button>
                <Button appearance="subtle" {...actionProps('delete')}>
                  {t('common.delete')}
                  {hidden}
                </Button>
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
