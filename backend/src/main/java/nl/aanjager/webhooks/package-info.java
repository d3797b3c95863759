/**
 * Webhooks: partners subscribe an endpoint to event types and receive signed notifications
 * (Standard Webhooks) of the changes they may see. Writes land in a transactional outbox
 * ({@link nl.aanjager.webhooks.OutboxWriter}, and a trigger for stage entries); the
 * {@link nl.aanjager.webhooks.WebhookDispatcher} fans events out to subscriptions and delivers
 * them with retries, from every replica at once without sending one attempt twice.
 */
package nl.aanjager.webhooks;
