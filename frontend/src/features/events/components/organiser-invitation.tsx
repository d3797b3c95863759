// The invitation of the user's partner to organise this event, with accept and decline, each
// after a confirmation. Accepting brings the registrants' personal data and the attendance credit,
// which the confirmation says.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ProblemAlert } from '@/components/problem-alert';
import { useAnswerInvitation, type InvitationAnswer } from '@/features/events/api/answer-invitation';
import type { Event } from '@/features/events/api/types';

const TITLE = { accept: 'events.invitation.acceptTitle', decline: 'events.invitation.declineTitle' } as const;
const CONFIRM = { accept: 'events.invitation.acceptConfirm', decline: 'events.invitation.declineConfirm' } as const;
const BUTTON = { accept: 'events.invitation.accept', decline: 'events.invitation.decline' } as const;
const DONE = { accept: 'events.invitation.accepted', decline: 'events.invitation.declined' } as const;

interface OrganiserInvitationProps {
  event: Event;
  /** Who invited: the event's organisers, by name. */
  organisers: string;
  onDone: (message: string) => void;
}

export function OrganiserInvitation({ event, organisers, onDone }: OrganiserInvitationProps) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<InvitationAnswer | null>(null);
  const answer = useAnswerInvitation();
  return (
    <section className="invitation" aria-labelledby="invitation-title">
      <h2 id="invitation-title" className="utrecht-heading-2">
        {t('events.invitation.title')}
      </h2>
      <p>{organisers ? t('events.invitation.textBy', { organisers }) : t('events.invitation.text')}</p>
      <p>{t('events.invitation.meaning')}</p>
      <ProblemAlert error={answer.error} messages={{ 409: t('events.invitation.gone') }} />
      <div className="button-row">
        {(['accept', 'decline'] as const).map((kind) => (
          <Button
            key={kind}
            appearance={kind === 'accept' ? 'primary' : 'secondary'}
            onClick={() => {
              answer.reset();
              setPending(kind);
            }}
          >
            {t(BUTTON[kind])}
          </Button>
        ))}
      </div>
      <ConfirmDialog
        open={pending !== null}
        title={pending ? t(TITLE[pending]) : ''}
        message={pending ? t(CONFIRM[pending], { title: event.title }) : ''}
        confirmLabel={pending ? t(BUTTON[pending]) : ''}
        confirmAppearance={pending === 'accept' ? 'primary' : 'danger'}
        busy={answer.isPending}
        onCancel={() => setPending(null)}
        onConfirm={async () => {
          if (!pending) return;
          const kind = pending;
          // mutateAsync, not mutate with callbacks: once answered, the invitation is gone and this
          // component with it, while the page (onDone) stays to say what happened
          try {
            const updated = await answer.mutateAsync({ id: event.id, answer: kind });
            onDone(t(DONE[kind], { title: updated.title }));
          } catch {
            // the error shows through answer.error
          } finally {
            setPending(null);
          }
        }}
      />
    </section>
  );
}
