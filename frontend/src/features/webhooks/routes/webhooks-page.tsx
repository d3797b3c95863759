// /webhooks — a partner's (or, for admins, every) webhook subscription: add and edit, the secret
// shown once, a new secret, a test message, and the delivery log with re-send.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { Loading } from '@/components/loading';
import { Pagination } from '@/components/pagination';
import { ProblemAlert } from '@/components/problem-alert';
import { StatusMessage } from '@/components/status-message';
import { usePageTitle } from '@/components/use-page-title';
import { useActingPartner } from '@/shared/authorization';
import { useFormat } from '@/lib/format';
import { usePartnerDirectory } from '@/shared/reference/partners';
import { useCreateSubscription } from '@/features/webhooks/api/create-subscription';
import { useDeleteSubscription } from '@/features/webhooks/api/delete-subscription';
import { useSubscriptions } from '@/features/webhooks/api/get-subscriptions';
import { usePing } from '@/features/webhooks/api/ping';
import { useRotateSecret } from '@/features/webhooks/api/rotate-secret';
import type { WebhookSubscription } from '@/features/webhooks/api/types';
import { useUpdateSubscription } from '@/features/webhooks/api/update-subscription';
import { DeliveriesLog } from '@/features/webhooks/components/deliveries-log';
import { SecretNotice } from '@/features/webhooks/components/secret-notice';
import { SubscriptionForm } from '@/features/webhooks/components/subscription-form';
import { eventTypeLabel } from '@/features/webhooks/utils/event-types';
import { subscriptionState } from '@/features/webhooks/utils/subscription-view';

type Editing = { mode: 'create' } | { mode: 'edit'; subscription: WebhookSubscription } | null;
type Confirming = { action: 'delete' | 'rotate'; subscription: WebhookSubscription } | null;

export function WebhooksRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  usePageTitle(t('webhooks.title'));
  const [page, setPage] = useState(0);
  const subscriptions = useSubscriptions(page);
  const { actsForNetwork } = useActingPartner();
  const { nameOf } = usePartnerDirectory();
  const create = useCreateSubscription();
  const update = useUpdateSubscription();
  const remove = useDeleteSubscription();
  const rotate = useRotateSecret();
  const ping = usePing();
  const [editing, setEditing] = useState<Editing>(null);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [secret, setSecret] = useState<{ secret: string; previousSecretValidUntil?: string } | null>(null);
  const [openLog, setOpenLog] = useState<number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const say = (message: string) => {
    setNotice(message);
  };

  const startEditing = (next: Editing) => {
    create.reset();
    update.reset();
    setNotice(null);
    setEditing(next);
  };

  const confirm = () => {
    if (!confirming) return;
    const { action, subscription } = confirming;
    if (action === 'delete') {
      remove.mutate(subscription.id, {
        onSuccess: () => {
          setConfirming(null);
          say(t('webhooks.deleted'));
        },
      });
    } else {
      rotate.mutate(subscription.id, {
        onSuccess: (result) => {
          setConfirming(null);
          setSecret({ secret: result.secret, previousSecretValidUntil: result.previousSecretValidUntil });
        },
      });
    }
  };

  return (
    <>
      <div className="page-heading">
        <h1 className="utrecht-heading-1">{t('webhooks.title')}</h1>
        {!editing && (
          <Button appearance="primary" onClick={() => startEditing({ mode: 'create' })}>
            {t('webhooks.add')}
          </Button>
        )}
      </div>
      <p className="lead">{t('webhooks.intro')}</p>
      <StatusMessage message={notice} />
      {secret && <SecretNotice {...secret} onDone={() => setSecret(null)} />}
      <ProblemAlert error={remove.error ?? rotate.error ?? ping.error} />
      {editing && (
        <section className="subsection" aria-labelledby="webhook-form-title">
          <h2 id="webhook-form-title" className="utrecht-heading-2">
            {editing.mode === 'create' ? t('webhooks.add') : t('webhooks.edit')}
          </h2>
          <SubscriptionForm
            key={editing.mode === 'edit' ? editing.subscription.id : 'new'}
            subscription={editing.mode === 'edit' ? editing.subscription : undefined}
            choosesPartner={editing.mode === 'create' && actsForNetwork}
            submitting={create.isPending || update.isPending}
            error={editing.mode === 'create' ? create.error : update.error}
            onCancel={() => setEditing(null)}
            onSubmit={(request) => {
              if (editing.mode === 'create') {
                create.mutate(request, {
                  onSuccess: (created) => {
                    setEditing(null);
                    say(t('webhooks.created'));
                    if (created.secret) setSecret({ secret: created.secret });
                  },
                });
              } else {
                const { subscription } = editing;
                update.mutate(
                  { id: subscription.id, version: subscription.version, body: request },
                  {
                    onSuccess: () => {
                      setEditing(null);
                      say(t('webhooks.saved'));
                    },
                  },
                );
              }
            }}
          />
        </section>
      )}
      {subscriptions.isPending ? (
        <Loading shape="table" />
      ) : subscriptions.isError ? (
        <ProblemAlert error={subscriptions.error} />
      ) : subscriptions.data.items.length === 0 ? (
        <p>{t('webhooks.empty')}</p>
      ) : (
        <>
          <ul className="subscription-list" aria-label={t('webhooks.listCaption')}>
            {subscriptions.data.items.map((subscription) => {
              const state = subscriptionState(subscription);
              const name = subscription.description || subscription.url;
              return (
                <li key={subscription.id} className="subscription">
                  <h2 className="utrecht-heading-3">{name}</h2>
                  <p className="subscription__url">
                    <code>{subscription.url}</code>
                  </p>
                  <p>
                    <span className={state === 'enabled' ? 'badge badge--ok' : state === 'failing' ? 'badge badge--warning' : 'badge badge--off'}>
                      {state === 'failing'
                        ? t('webhooks.state.failing', { since: format.date(subscription.failingSince) })
                        : t(`webhooks.state.${state}`)}
                    </span>
                    {actsForNetwork && (
                      <span className="cell-secondary">
                        {t('webhooks.owner')}{' '}
                        {subscription.partnerId ? nameOf(subscription.partnerId) : t('webhooks.network')}
                      </span>
                    )}
                  </p>
                  {subscription.disabledReason && (
                    <div className="utrecht-alert utrecht-alert--warning">
                      <div className="utrecht-alert__content">
                        <p className="utrecht-alert__message">
                          {t('webhooks.disabledBecause', {
                            at: format.date(subscription.disabledAt),
                            reason: subscription.disabledReason,
                          })}
                        </p>
                      </div>
                    </div>
                  )}
                  <ul className="tags subscription__types" aria-label={t('webhooks.fields.eventTypes')}>
                    {subscription.eventTypes.map((type) => {
                      const label = eventTypeLabel(t, type);
                      return (
                        <li key={type} className="badge">
                          {label ?? type}
                        </li>
                      );
                    })}
                  </ul>
                  <div className="button-row">
                    <Button onClick={() => startEditing({ mode: 'edit', subscription })} aria-label={`${t('webhooks.edit')} ${name}`}>
                      {t('webhooks.edit')}
                    </Button>
                    <Button
                      aria-expanded={openLog === subscription.id}
                      onClick={() => setOpenLog(openLog === subscription.id ? null : subscription.id)}
                    >
                      {openLog === subscription.id ? t('webhooks.hideLog') : t('webhooks.log')}
                    </Button>
                    <Button
                      disabled={ping.isPending}
                      onClick={() => {
                        setNotice(null);
                        ping.mutate(subscription.id, {
                          onSuccess: () => {
                            say(t('webhooks.pinged'));
                            setOpenLog(subscription.id);
                          },
                        });
                      }}
                    >
                      {t('webhooks.ping')}
                    </Button>
                    <Button onClick={() => setConfirming({ action: 'rotate', subscription })}>{t('webhooks.rotate')}</Button>
                    <Button appearance="subtle" onClick={() => setConfirming({ action: 'delete', subscription })}>
                      {t('webhooks.delete')}
                    </Button>
                  </div>
                  {openLog === subscription.id && (
                    <section className="section" aria-label={`${t('webhooks.log')}: ${name}`}>
                      <DeliveriesLog subscriptionId={subscription.id} url={subscription.url} onNotice={say} />
                    </section>
                  )}
                </li>
              );
            })}
          </ul>
          <Pagination
            page={subscriptions.data.page}
            size={subscriptions.data.size}
            total={subscriptions.data.total}
            onPageChange={setPage}
          />
        </>
      )}
      <ConfirmDialog
        open={confirming !== null}
        title={confirming?.action === 'rotate' ? t('webhooks.rotateConfirmTitle') : t('webhooks.delete')}
        message={
          confirming?.action === 'rotate'
            ? t('webhooks.rotateConfirm')
            : t('webhooks.deleteConfirm', { url: confirming?.subscription.url ?? '' })
        }
        confirmLabel={confirming?.action === 'rotate' ? t('webhooks.rotate') : t('webhooks.delete')}
        confirmAppearance={confirming?.action === 'rotate' ? 'primary' : 'danger'}
        busy={remove.isPending || rotate.isPending}
        onConfirm={confirm}
        onCancel={() => setConfirming(null)}
      />
    </>
  );
}
