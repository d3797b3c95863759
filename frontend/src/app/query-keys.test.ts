// The cache keys, written out once here: invalidation works by prefix, so what matters is that
// every read about one company sits under its scope, every list under its resource's list key, and
// that the shapes do not drift when code moves. A key that changes shape must change here too.
import { describe, expect, it } from 'vitest';
import { companyKeys } from '@/shared/query-keys/companies';
import { companySearchQueryOptions } from '@/shared/reference/company-search';
import { companyContactsQueryOptions } from '@/shared/reference/company-contacts';
import { contactKeys } from '@/shared/query-keys/contacts';
import { eventKeys } from '@/shared/query-keys/events';
import { getTodaysEventsQueryOptions } from '@/features/checkin/api/get-todays-events';
import { attendanceQueryOptions } from '@/shared/reference/event-attendance';
import { eventTitleQueryOptions } from '@/features/companies/api/get-event-title';
import { activityKeys } from '@/features/activities/api/keys';
import { funnelKeys } from '@/features/funnel/api/keys';
import { activitySourcesQueryOptions, attendanceSourcesQueryOptions } from '@/features/funnel/api/get-credit-sources';
import { timelineKeys } from '@/features/timeline/api/keys';
import { referralKeys } from '@/shared/query-keys/referrals';
import { openReferralCountQueryOptions } from '@/shared/reference/open-referrals';
import { partnerKeys } from '@/shared/query-keys/partners';
import { partnerDirectoryQueryOptions } from '@/shared/reference/partners';
import { programmeKeys } from '@/shared/query-keys/programmes';
import { funnelStagesQueryOptions, programmeDirectoryQueryOptions } from '@/shared/reference/programmes';
import { ambassadorKeys } from '@/shared/query-keys/ambassadors';
import { importKeys } from '@/features/imports/api/keys';
import { webhookKeys } from '@/features/webhooks/api/keys';
import { publicEventKeys } from '@/features/public-events/api/keys';
import { reportKeys } from '@/features/reports/api/keys';
import { auditKeys } from '@/features/audit/api/keys';
import { retentionKeys } from '@/features/retention/api/keys';
import { meQueryOptions } from '@/shared/me';
import { sbiCodesQueryOptions } from '@/shared/reference/sbi-codes';

const params = { page: 0 };

describe('the query keys', () => {
  it.each([
    // companies: the lists under ['companies', 'list'], everything about one company under ['company', id]
    ['company lists', companyKeys.lists(), ['companies', 'list']],
    ['a company list', companyKeys.list(params as never), ['companies', 'list', params]],
    ['a company search', companySearchQueryOptions('bak').queryKey, ['companies', 'list', 'search', 'bak']],
    ['the first companies a partner works with', companyKeys.workedWith(3, 5), ['companies', 'list', 'worked-with', 3, 5]],
    ["every company's scope", companyKeys.scopes(), ['company']],
    ['a company scope', companyKeys.scope(7), ['company', 7]],
    ['a company', companyKeys.detail(7), ['company', 7, 'detail']],
    ['its likely duplicates', companyKeys.duplicates(7), ['company', 7, 'likely-duplicates']],
    ['its contact persons', contactKeys.ofCompany(7), ['company', 7, 'contacts']],
    ['its contact persons (reference)', companyContactsQueryOptions(7).queryKey, ['company', 7, 'contacts']],
    ['its activities', activityKeys.ofCompany(7), ['company', 7, 'activities']],
    ['its funnel position', funnelKeys.position(7), ['company', 7, 'funnel']],
    ['its stage records', funnelKeys.records(7), ['company', 7, 'stage-records']],
    ['its credit sources: activities', activitySourcesQueryOptions(7, 3).queryKey, ['company', 7, 'credit-sources', 3, 'activities']],
    ['its credit sources: check-ins', attendanceSourcesQueryOptions(7, undefined).queryKey, ['company', 7, 'credit-sources', 'network', 'attendance']],
    ['its timeline', timelineKeys.items(7, 20), ['company', 7, 'timeline', 20]],
    // events: the lists under ['events', 'list'], everything about one event under ['event', id]
    ['event lists', eventKeys.lists(), ['events', 'list']],
    ['an event list', eventKeys.list(params as never), ['events', 'list', params]],
    ['invitations', eventKeys.invited(), ['events', 'list', 'invited']],
    ["the door's events of a day", getTodaysEventsQueryOptions('2025-01-01', '2025-01-02').queryKey, ['events', 'list', 'today', '2025-01-01']],
    ["events on a partner's start page", eventKeys.myWork(3), ['events', 'list', 'my-work', 3]],
    ['an event scope', eventKeys.scope(4), ['event', 4]],
    ['an event', eventKeys.detail(4), ['event', 4, 'detail']],
    ['its registrations', eventKeys.registrations(4), ['event', 4, 'registrations']],
    ['a page of them', eventKeys.registrationList(4, params as never), ['event', 4, 'registrations', params]],
    ['its check-in history', eventKeys.checkIns(4), ['event', 4, 'check-ins']],
    ['its attendance', attendanceQueryOptions(4).queryKey, ['event', 4, 'attendance']],
    ['its title', eventTitleQueryOptions(4).queryKey, ['event', 4, 'title']],
    // the rest, one root per resource
    ['activities', activityKeys.all, ['activities']],
    ["activities on a partner's start page", activityKeys.myWork(), ['activities', 'list', 'my-work']],
    ['referrals', referralKeys.all, ['referrals']],
    ['referral lists', referralKeys.lists(), ['referrals', 'list']],
    ['a referral list', referralKeys.list(params as never), ['referrals', 'list', params]],
    ['the open referral count', openReferralCountQueryOptions().queryKey, ['referrals', 'list', 'open-count']],
    ["referrals on a partner's start page", referralKeys.myWork(), ['referrals', 'list', 'my-work']],
    ['partners', partnerKeys.all, ['partners']],
    ['partner lists', partnerKeys.lists(), ['partners', 'list']],
    ['a partner list', partnerKeys.list(params as never), ['partners', 'list', params]],
    ['the partner directory', partnerDirectoryQueryOptions().queryKey, ['partners', 'list', 'directory']],
    ['a partner', partnerKeys.detail(2), ['partners', 'detail', 2]],
    ['its contribution', partnerKeys.contribution(2, 5), ['partners', 'detail', 2, 'contribution', 5]],
    ['programmes', programmeKeys.all, ['programmes']],
    ['programme lists', programmeKeys.lists(), ['programmes', 'list']],
    ['a programme list', programmeKeys.list(params as never), ['programmes', 'list', params]],
    ['the programme directory', programmeDirectoryQueryOptions().queryKey, ['programmes', 'list', 'directory']],
    ['a programme', programmeKeys.detail(5), ['programmes', 'detail', 5]],
    ['its stages', programmeKeys.stages(5), ['programmes', 'detail', 5, 'stages']],
    ['its stages (reference)', funnelStagesQueryOptions(5).queryKey, ['programmes', 'detail', 5, 'stages']],
    ['its targets', programmeKeys.targets(5), ['programmes', 'detail', 5, 'targets']],
    ['ambassadors', ambassadorKeys.all, ['ambassadors']],
    ['ambassador lists', ambassadorKeys.lists(), ['ambassadors', 'list']],
    ['an ambassador list', ambassadorKeys.list(params as never), ['ambassadors', 'list', params]],
    ['imports', importKeys.all, ['imports']],
    ['import lists', importKeys.lists(), ['imports', 'list']],
    ['an import list', importKeys.list(10), ['imports', 'list', 10]],
    ['an import', importKeys.detail(8), ['imports', 'detail', 8]],
    ['webhooks', webhookKeys.all, ['webhooks']],
    ['webhook lists', webhookKeys.lists(), ['webhooks', 'list']],
    ['a webhook list', webhookKeys.list(1), ['webhooks', 'list', 1]],
    ['deliveries', webhookKeys.deliveries(3), ['webhooks', 'deliveries', 3]],
    ['a page of deliveries', webhookKeys.deliveryPage(3, 1), ['webhooks', 'deliveries', 3, 1]],
    ['public events', publicEventKeys.all, ['public-events']],
    ['the public event list', publicEventKeys.list(), ['public-events', 'list']],
    ['a public event', publicEventKeys.detail(6), ['public-events', 'detail', 6]],
    ['reports', reportKeys.all, ['reports']],
    ['a report', reportKeys.report('funnel', { programmeId: 5 } as never), ['reports', 'funnel', expect.objectContaining({ programmeId: 5 }), {}]],
    ['audit', auditKeys.all, ['audit']],
    ['an audit page', auditKeys.list({} as never, 2), ['audit', 'list', {}, 2]],
    ['retention', retentionKeys.overview, ['retention']],
    ['who is signed in', meQueryOptions().queryKey, ['me']],
    ['the SBI codes', sbiCodesQueryOptions().queryKey, ['sbi-codes']],
  ] as const)('%s', (_name, key, expected) => {
    expect(key).toEqual(expected);
  });
});
