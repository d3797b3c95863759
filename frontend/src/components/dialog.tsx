// A modal on the native <dialog>, named by its heading and described by its message. The browser
// keeps focus inside and turns Escape into a cancel; focus starts on the element marked
// data-autofocus and goes back to whatever opened the dialog when it closes.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';

interface DialogProps {
  open: boolean;
  title: string;
  message: string;
  /** Escape, or a cancel button: the caller closes the dialog by setting `open` to false. */
  onCancel: () => void;
  /** What the dialog asks for; shown only while it is open, so a form starts afresh each time. */
  children: ReactNode;
}

export function Dialog({ open, title, message, onCancel, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const messageId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    const active = document.activeElement;
    const opener = active instanceof HTMLElement && !dialog.contains(active) ? active : null;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    // on closing, and when the dialog goes away while open
    return () => {
      if (dialog.open) dialog.close();
      // the opener may be gone (the row it stood in was deleted): then the browser decides
      if (opener?.isConnected) opener.focus();
    };
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog"
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
          {children}
        </>
      )}
    </dialog>
  );
}

interface DialogButtonsProps {
  confirmLabel: string;
  appearance: 'danger' | 'primary';
  busy?: boolean;
  /** Without it, the confirm button submits the form it stands in. */
  onConfirm?: () => void;
  onCancel: () => void;
  /** Start on Cancel: for a yes-or-no question the safe answer is the default. */
  focusCancel?: boolean;
}

/** Cancel and the action, at the end of the dialog. */
export function DialogButtons({ confirmLabel, appearance, busy, onConfirm, onCancel, focusCancel }: DialogButtonsProps) {
  const { t } = useTranslation();
  return (
    <div className="button-row">
      <Button appearance="secondary" onClick={onCancel} data-autofocus={focusCancel || undefined}>
        {t('common.cancel')}
      </Button>
      <Button type={onConfirm ? 'button' : 'submit'} appearance={appearance} onClick={onConfirm} disabled={busy} busy={busy}>
        {confirmLabel}
      </Button>
    </div>
  );
}
