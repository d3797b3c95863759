import { describe, expect, it } from 'vitest';
import { attemptSucceeded, subscriptionState, toRequest, toValues } from '@/features/webhooks/utils/subscription-view';

describe('subscription view', () => {
  it('calls a subscription disabled, failing or active', () => {
    expect(subscriptionState({ enabled: false, failingSince: '2026-11-20T10:00:00Z' })).toBe('disabled');
    expect(subscriptionState({ enabled: true, failingSince: '2026-11-20T10:00:00Z' })).toBe('failing');
    expect(subscriptionState({ enabled: true })).toBe('enabled');
  });

  it('counts only a 2xx answer as a successful attempt', () => {
    expect(attemptSucceeded({ statusCode: 204 })).toBe(true);
    expect(attemptSucceeded({ statusCode: 302 })).toBe(false);
    expect(attemptSucceeded({ statusCode: 500 })).toBe(false);
    expect(attemptSucceeded({ error: 'timeout' })).toBe(false);
  });

  it('sends trimmed values, and a partner only for an admin creating one', () => {
    const values = { ...toValues(), url: ' https://crm.example.nl/hook ', eventTypes: ['referral.accepted'], description: '  ', partnerId: '2' };
    expect(toRequest(values, false)).toEqual({
      url: 'https://crm.example.nl/hook', eventTypes: ['referral.accepted'], description: undefined, enabled: true, partnerId: undefined,
    });
    expect(toRequest(values, true).partnerId).toBe(2);
    expect(toRequest({ ...values, partnerId: '' }, true).partnerId).toBeUndefined();
  });

  it('starts a new subscription active, with an https address to complete', () => {
    expect(toValues()).toEqual({ url: 'https://', eventTypes: [], description: '', enabled: true, partnerId: '' });
  });
});
