// A yes-or-no question before an action, as a modal Dialog; focus starts on Cancel.
import { Dialog, DialogButtons } from '@/components/dialog';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  busy?: boolean;
  /** The confirm button: danger (the default) for what cannot be undone, primary for a plain yes. */
  confirmAppearance?: 'danger' | 'primary';
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog({
  open,
  title,
  message,
  confirmLabel,
  busy,
  confirmAppearance = 'danger',
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  return (
    <Dialog open={open} title={title} message={message} onCancel={onCancel}>
      <DialogButtons
        confirmLabel={confirmLabel}
        appearance={confirmAppearance}
        busy={busy}
        onConfirm={onConfirm}
        onCancel={onCancel}
        focusCancel
      />
    </Dialog>
  );
}
