// Publish, cancel and close an event, each after a confirmation.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonLink } from '@/components/button';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ProblemAlert } from '@/components/problem-alert';
import { useChangeEventStatus, type StatusChange } from '@/features/events/api/change-event-status';
import type { Event } from '@/features/events/api/types';

/** What can happen next to an event in its current status. */
export function changesFor(event: Event, now: Date = new Date()): StatusChange[] {
  if (event.status === 'DRAFT') return ['publish', 'cancel'];
  if (event.status === 'PUBLISHED') return new Date(event.startsAt) <= now ? ['close', 'cancel'] : ['cancel'];
  return [];
}

const TITLE = { publish: 'events.publishTitle', cancel: 'events.cancelTitle', close: 'events.closeTitle' } as const;
const CONFIRM = { publish: 'events.publishConfirm', cancel: 'events.cancelConfirm', close: 'events.closeConfirm' } as const;
const DONE = { publish: 'events.published', cancel: 'events.cancelled', close: 'events.closed' } as const;

export function EventStatusActions({ event, onDone }: { event: Event; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<StatusChange | null>(null);
  const change = useChangeEventStatus();
  const editable = event.status === 'DRAFT' || event.status === 'PUBLISHED';
  const changes = changesFor(event);

  return (
    <>
      <ProblemAlert error={change.error} />
      <div className="button-row">
        {editable && (
          <ButtonLink to={`/events/${event.id}/edit`} appearance="secondary">
            {t('common.edit')}
          </ButtonLink>
        )}
        {changes.map((kind) => (
          <Button
            key={kind}
            appearance={kind === 'publish' ? 'primary' : kind === 'cancel' ? 'subtle' : 'secondary'}
            onClick={() => {
              change.reset();
              setPending(kind);
            }}
          >
            {t(`events.${kind}`)}
          </Button>
        ))}
      </div>
      <ConfirmDialog
        open={pending !== null}
        title={pending ? t(TITLE[pending]) : ''}
        message={pending ? t(CONFIRM[pending], { title: event.title }) : ''}
        confirmLabel={pending ? t(`events.${pending}`) : ''}
        busy={change.isPending}
        onCancel={() => setPending(null)}
        onConfirm={() => {
          if (!pending) return;
          const kind = pending;
          change.mutate(
            { id: event.id, change: kind },
            {
              onSuccess: (updated) => onDone(t(DONE[kind], { title: updated.title })),
              onSettled: () => setPending(null),
            },
          );
        }}
      />
    </>
  );
}
