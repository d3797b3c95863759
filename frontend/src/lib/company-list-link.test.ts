import { describe, expect, it } from 'vitest';
import {
  companyListHref,
  normaliseCompanyListFilters,
  opensReportDetail,
  readCompanyListFilters,
} from '@/lib/company-list-link';

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
      partnerId: 5,
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
