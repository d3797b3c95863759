// A modal that asks for a short text before an action: a decline note, a withdrawal reason.
// Native <dialog> like ConfirmDialog: focus stays inside, Escape cancels.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { TextAreaField } from '@/components/form/fields';
import { ProblemAlert } from '@/components/problem-alert';

interface PromptDialogProps {
  open: boolean;
  title: string;
  message: string;
  label: string;
  confirmLabel: string;
  /** The text must not be empty. */
  required?: boolean;
  busy?: boolean;
  error?: unknown;
  danger?: boolean;
  onConfirm: (text: string) => void;
  onCancel: () => void;
}

export function PromptDialog(props: PromptDialogProps) {
  const { open, title, message, onCancel } = props;
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const messageId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={titleId}
      aria-describedby={messageId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      {open && (
        <>
          <h2 id={titleId} className="utrecht-heading-2">
            {title}
          </h2>
          <p id={messageId}>{message}</p>
          <PromptForm {...props} />
        </>
      )}
    </dialog>
  );
}

function PromptForm({ label, confirmLabel, required, busy, error, danger, onConfirm, onCancel }: PromptDialogProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (required && !text.trim()) {
      setMissing(true);
      return;
    }
    onConfirm(text.trim());
  };
  return (
    <form noValidate onSubmit={submit}>
      <ProblemAlert error={error} />
      <TextAreaField
        label={label}
        name="text"
        required={required}
        autoFocus
        value={text}
        error={missing ? t('common.requiredField') : undefined}
        onChange={(event) => {
          setText(event.target.value);
          setMissing(false);
        }}
      />
      <div className="button-row">
        <Button appearance="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" appearance={danger ? 'danger' : 'primary'} disabled={busy} busy={busy}>
          {confirmLabel}
        </Button>
      </div>
    </form>
  );
}
