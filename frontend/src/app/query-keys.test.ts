// The cache keys, written out once here: invalidation works by prefix, so what matters is that
// every read about one company sits under its scope, every list under its resource's list key, and
// that the shapes do not drift when code moves. A key that changes shape must change here too.
import { describe, expect, it } from 'vitest';
import { companyKeys } from '@/features/companies/api/types';
import { companyListsKey, companyScopeKey } from '@/shared/company-scope';
import { companySearchQueryOptions } from '@/shared/reference/company-search';
import { companyContactsKey } from '@/shared/reference/company-contacts';
import { eventKeys } from '@/features/events/api/types';
import { eventListsKey, eventScopeKey } from '@/shared/event-scope';
import { checkInKeys } from '@/features/checkin/api/types';
import { attendanceQueryOptions } from '@/shared/reference/event-attendance';
import { eventTitleQueryOptions } from '@/features/companies/api/get-event-title';
import { activityKeys } from '@/features/activities/api/types';
import { funnelKeys } from '@/features/funnel/api/types';
import { activitySourcesQueryOptions, attendanceSourcesQueryOptions } from '@/features/funnel/api/get-credit-sources';
import { timelineKeys } from '@/features/timeline/api/types';
import { referralKeys } from '@/features/referrals/api/types';
import { openReferralCountQueryOptions } from '@/shared/reference/open-referrals';
import { partnerKeys } from '@/features/partners/api/types';
import { partnerDirectoryQueryOptions } from '@/shared/reference/partners';
import { programmeKeys } from '@/features/programmes/api/types';
import { funnelStagesQueryOptions, programmeDirectoryQueryOptions } from '@/shared/reference/programmes';
import { ambassadorKeys } from '@/features/ambassadors/api/types';
import { importKeys } from '@/features/imports/api/types';
import { webhookKeys } from '@/features/webhooks/api/types';
import { publicEventKeys } from '@/features/public-events/api/types';
import { reportKeys } from '@/features/reports/api/types';
import { auditKeys } from '@/features/audit/api/get-audit';
import { retentionKeys } from '@/features/retention/api/retention';
import { meQueryOptions } from '@/shared/me';
import { sbiCodesQueryOptions } from '@/shared/reference/sbi-codes';

const params = { page: 0 };

describe('the query keys', () => {
  it.each([
    // companies: the lists under ['companies', 'list'], everything about one company under ['company', id]
    ['company lists', companyKeys.lists(), ['companies', 'list']],
    ['company lists (scope module)', companyListsKey, ['companies', 'list']],
    ['a company list', companyKeys.list(params as never), ['companies', 'list', params]],
    ['a company search', companySearchQueryOptions('bak').queryKey, ['companies', 'list', 'search', 'bak']],
    ['a company scope', companyScopeKey(7), ['company', 7]],
    ['a company', companyKeys.detail(7), ['company', 7, 'detail']],
    ['its likely duplicates', companyKeys.duplicates(7), ['company', 7, 'likely-duplicates']],
    ['its contact persons', companyContactsKey(7), ['company', 7, 'contacts']],
    ['its activities', activityKeys.ofCompany(7), ['company', 7, 'activities']],
    ['its funnel position', funnelKeys.position(7), ['company', 7, 'funnel']],
    ['its stage records', funnelKeys.records(7), ['company', 7, 'stage-records']],
    ['its credit sources: activities', activitySourcesQueryOptions(7, 3).queryKey, ['company', 7, 'credit-sources', 3, 'activities']],
    ['its credit sources: check-ins', attendanceSourcesQueryOptions(7, undefined).queryKey, ['company', 7, 'credit-sources', 'network', 'attendance']],
    ['its timeline', timelineKeys.items(7, 20), ['company', 7, 'timeline', 20]],
    // events: the lists under ['events', 'list'], everything about one event under ['event', id]
    ['event lists', eventKeys.lists(), ['events', 'list']],
    ['event lists (scope module)', eventListsKey, ['events', 'list']],
    ['an event list', eventKeys.list(params as never), ['events', 'list', params]],
    ['invitations', eventKeys.invited(), ['events', 'list', 'invited']],
    ["the door's events of a day", checkInKeys.today('2025-01-01'), ['events', 'list', 'today', '2025-01-01']],
    ['an event scope', eventScopeKey(4), ['event', 4]],
    ['an event', eventKeys.detail(4), ['event', 4, 'detail']],
    ['its registrations', eventKeys.registrations(4), ['event', 4, 'registrations']],
    ['a page of them', eventKeys.registrationList(4, params as never), ['event', 4, 'registrations', params]],
    ['its check-in history', eventKeys.checkIns(4), ['event', 4, 'check-ins']],
    ['its attendance', attendanceQueryOptions(4).queryKey, ['event', 4, 'attendance']],
    ['its title', eventTitleQueryOptions(4).queryKey, ['event', 4, 'title']],
    // the rest, one root per resource
    ['activities', activityKeys.all, ['activities']],
    ['referrals', referralKeys.all, ['referrals']],
    ['referral lists', referralKeys.lists(), ['referrals', 'list']],
    ['a referral list', referralKeys.list(params as never), ['referrals', 'list', params]],
    ['the open referral count', openReferralCountQueryOptions().queryKey, ['referrals', 'list', 'open-count']],
    ['partners', partnerKeys.all, ['partners']],
    ['partner lists', partnerKeys.lists(), ['partners', 'list']],
    ['a partner list', partnerKeys.list(params as never), ['partners', 'list', params]],
    ['the partner directory', partnerDirectoryQueryOptions().queryKey, ['partners', 'list', 'directory']],
    ['a partner', partnerKeys.detail(2), ['partners', 'detail', 2]],
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
