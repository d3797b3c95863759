// A modal Dialog that asks for a short text before an action: a decline note, a withdrawal
// reason. Focus starts in the text box; the text is sent trimmed.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog, DialogButtons } from '@/components/dialog';
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
  return (
    <Dialog open={open} title={title} message={message} onCancel={onCancel}>
      <PromptForm {...props} />
    </Dialog>
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
        data-autofocus
        value={text}
        error={missing ? t('common.requiredField') : undefined}
        onChange={(event) => {
          setText(event.target.value);
          setMissing(false);
        }}
      />
      <DialogButtons confirmLabel={confirmLabel} appearance={danger ? 'danger' : 'primary'} busy={busy} onCancel={onCancel} />
    </form>
  );
}
