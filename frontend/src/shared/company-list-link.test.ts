import { describe, expect, it } from 'vitest';
import {
  companyListHref,
  normaliseCompanyListFilters,
  openableHref,
  opensReportDetail,
  readCompanyListFilters,
  refusedRelationshipFilters,
} from '@/shared/company-list-link';

describe('the company list URL', () => {
  it('uses the API parameter names in a fixed order', () => {
    expect(
      companyListHref({ district: 'Charlois', to: '2026-12-31', reachedStageId: 3, from: '2026-01-01', programmeId: 1 }),
    ).toBe('/companies?programmeId=1&reachedStageId=3&from=2026-01-01&to=2026-12-31&district=Charlois');
    expect(companyListHref({})).toBe('/companies');
  });

  it('reads back what it writes', () => {
    const filters = {
      q: 'zon',
      programmeId: 1,
      stageId: 2,
      reachedStageId: 3,
      creditedPartnerId: 4,
      creditedStageId: 6,
      need: 'FINANCING' as const,
      indicator: 'JOBS_CREATED' as const,
      outcomePartnerId: 7,
      attendedEventId: 8,
      newAtEventId: 9,
      from: '2026-01-01',
      to: '2026-12-31',
      district: 'Noord',
      sector: '62.01',
      sizeClass: 'SMALL' as const,
      theme: 'DIGITAL' as const,
      workedWithPartnerId: 5,
    };
    const url = new URL(companyListHref(filters), 'http://localhost');
    expect(readCompanyListFilters(url.searchParams)).toEqual(filters);
  });

  it('ignores values the API would refuse', () => {
    const read = readCompanyListFilters(
      new URLSearchParams('sizeClass=HUGE&need=LUCK&indicator=x&reachedStageId=-1&programmeId=abc&from=1-1-2026'),
    );
    expect(read).toMatchObject({ sizeClass: undefined, need: undefined, indicator: undefined, reachedStageId: undefined, programmeId: undefined, from: undefined });
  });

  it('drops a period without a dated filter, a credit without a programme and a stage without its programme', () => {
    expect(normaliseCompanyListFilters({ from: '2026-01-01', to: '2026-02-01', district: 'Noord' })).toMatchObject({
      from: undefined,
      to: undefined,
      district: 'Noord',
    });
    expect(normaliseCompanyListFilters({ need: 'NETWORK', from: '2026-01-01' }).from).toBe('2026-01-01');
    expect(normaliseCompanyListFilters({ creditedPartnerId: 2 }).creditedPartnerId).toBeUndefined();
    expect(normaliseCompanyListFilters({ creditedPartnerId: 2, reachedStageId: 1 }).creditedPartnerId).toBe(2);
    expect(normaliseCompanyListFilters({ stageId: 2 }).stageId).toBeUndefined();
  });

  it('keeps a credited stage only with its partner, and dates it', () => {
    expect(normaliseCompanyListFilters({ creditedStageId: 2, from: '2026-01-01' })).toMatchObject({
      creditedStageId: undefined,
      from: undefined,
    });
    // a credit at a stage needs no programme: the stage is one of a programme
    expect(normaliseCompanyListFilters({ creditedPartnerId: 4, creditedStageId: 2, to: '2026-12-31' })).toMatchObject({
      creditedPartnerId: 4,
      creditedStageId: 2,
      to: '2026-12-31',
    });
  });

  it("keeps an outcome's partner only with its indicator; an event's lists are not dated", () => {
    expect(normaliseCompanyListFilters({ outcomePartnerId: 2 }).outcomePartnerId).toBeUndefined();
    expect(normaliseCompanyListFilters({ indicator: 'JOBS_CREATED', outcomePartnerId: 2 }).outcomePartnerId).toBe(2);
    expect(normaliseCompanyListFilters({ attendedEventId: 3, from: '2026-01-01' })).toMatchObject({ attendedEventId: 3, from: undefined });
    expect(companyListHref({ newAtEventId: 3, outcomePartnerId: 2, creditedStageId: 1 })).toBe('/companies?newAtEventId=3');
  });

  it('knows which filters open a report detail', () => {
    expect(opensReportDetail({ district: 'Noord', programmeId: 1 })).toBe(false);
    expect(opensReportDetail({ indicator: 'JOBS_RETAINED' })).toBe(true);
    expect(opensReportDetail({ attendedEventId: 1 })).toBe(true);
    expect(opensReportDetail({ newAtEventId: 1 })).toBe(true);
  });
});

describe("another partner's relationships", () => {
  it('are refused to a partner user in every filter that names them, not to admin and staff', () => {
    const filters = { programmeId: 1, workedWithPartnerId: 2, creditedPartnerId: 2, indicator: 'JOBS_CREATED' as const, outcomePartnerId: 2 };
    expect(refusedRelationshipFilters(filters, 'network')).toEqual([]);
    expect(refusedRelationshipFilters(filters, 2)).toEqual([]);
    expect(refusedRelationshipFilters(filters, 1)).toEqual(['workedWithPartnerId', 'creditedPartnerId', 'outcomePartnerId']);
    expect(refusedRelationshipFilters({ q: 'zon', district: 'Noord' }, 1)).toEqual([]);
    // what the list drops anyway (a credited partner without a programme) is no refusal
    expect(refusedRelationshipFilters({ creditedPartnerId: 2 }, 1)).toEqual([]);
    // not known yet who is looking: nothing on anyone's relationships
    expect(refusedRelationshipFilters({ workedWithPartnerId: 2 }, undefined)).toEqual(['workedWithPartnerId']);
  });

  it('leave a partner user without the link, keeping every other one', () => {
    const other = companyListHref({ programmeId: 1, creditedPartnerId: 2, creditedStageId: 3 });
    const own = companyListHref({ programmeId: 1, creditedPartnerId: 1, creditedStageId: 3 });
    const plain = companyListHref({ programmeId: 1, reachedStageId: 3 });
    expect(openableHref(other, 1)).toBeUndefined();
    expect(openableHref(other, 'network')).toBe(other);
    expect(openableHref(own, 1)).toBe(own);
    expect(openableHref(plain, 1)).toBe(plain);
    expect(openableHref(companyListHref({ indicator: 'JOBS_CREATED', outcomePartnerId: 2 }), 1)).toBeUndefined();
    expect(openableHref(undefined, 'network')).toBeUndefined();
  });
});
