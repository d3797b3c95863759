import { describe, expect, it } from 'vitest';
import type { ReportFilters } from '@/features/reports/api/types';
import {
  breakdownCellHref,
  eventAttendedHref,
  eventHref,
  eventNewCompaniesHref,
  funnelStageHref,
  monthPeriod,
  needHref,
  outcomeHref,
  partnerStageHref,
  targetHref,
  trendMonthHref,
} from '@/features/reports/utils/links';

const query = (href: string | undefined) => {
  expect(href).toMatch(/^\/companies(\?|$)/);
  return Object.fromEntries(new URL(href!, 'http://localhost').searchParams);
};

const filters: ReportFilters = {
  programmeId: 1,
  from: '2026-01-01',
  to: '2026-12-31',
  district: 'Charlois',
  sector: '25',
  sizeClass: 'SMALL',
  theme: 'CIRCULAR',
};

/** `filters` as the company list's query parameters: every one of them carries over. */
const listed = Object.fromEntries(Object.entries(filters).map(([key, value]) => [key, String(value)]));

describe('click-through links', () => {
  it('opens a funnel stage with the period and every company filter', () => {
    expect(funnelStageHref(filters, 3)).toBe(
      '/companies?programmeId=1&reachedStageId=3&from=2026-01-01&to=2026-12-31&district=Charlois&sector=25&sizeClass=SMALL&theme=CIRCULAR',
    );
  });

  it('turns the report partner (progress credited) into creditedPartnerId, not the list partner (worked with)', () => {
    const opened = query(funnelStageHref({ programmeId: 1, creditedPartnerId: 7 }, 3));
    expect(opened).toEqual({ programmeId: '1', reachedStageId: '3', creditedPartnerId: '7' });
  });

  it('opens a breakdown cell as its stage plus the dimension value', () => {
    expect(query(breakdownCellHref(filters, 'district', 'Noord', 2))).toMatchObject({ reachedStageId: '2', district: 'Noord' });
    expect(query(breakdownCellHref({ programmeId: 1 }, 'sector', '62', 2))).toMatchObject({ sector: '62' });
    // a narrower sector filter inside the division stays
    expect(query(breakdownCellHref({ programmeId: 1, sector: '62.01' }, 'sector', '62', 2)).sector).toBe('62.01');
    expect(query(breakdownCellHref(filters, 'sizeClass', 'MEDIUM', 2)).sizeClass).toBe('MEDIUM');
    expect(query(breakdownCellHref(filters, 'theme', 'DIGITAL', 2)).theme).toBe('DIGITAL');
  });

  it("opens a partner's breakdown cell as its credit at the stage, first credited in the period", () => {
    expect(query(breakdownCellHref(filters, 'partner', '4', 2))).toEqual({ ...listed, creditedPartnerId: '4', creditedStageId: '2' });
    // the report's own partner filter is the same partner's credit: the stage credit implies it
    expect(query(breakdownCellHref({ programmeId: 1, creditedPartnerId: 4 }, 'partner', '4', 2))).toEqual({
      programmeId: '1',
      creditedPartnerId: '4',
      creditedStageId: '2',
    });
    // another partner's credit on top of it is more than one list can ask
    expect(breakdownCellHref({ programmeId: 1, creditedPartnerId: 4 }, 'partner', '5', 2)).toBeUndefined();
  });

  it('keeps reached stage plus any credit for the funnel and other breakdowns under a partner filter', () => {
    expect(query(breakdownCellHref({ programmeId: 1, creditedPartnerId: 7 }, 'district', 'Noord', 2))).toEqual({
      programmeId: '1',
      reachedStageId: '2',
      creditedPartnerId: '7',
      district: 'Noord',
    });
  });

  it.each([
    ['an unknown district', () => breakdownCellHref(filters, 'district', 'unknown', 2)],
    ['an unknown size class', () => breakdownCellHref(filters, 'sizeClass', 'UNKNOWN', 2)],
    ['a partner key that is no id', () => breakdownCellHref(filters, 'partner', 'x', 2)],
    ["a need's unknown sector", () => needHref(filters, 'FINANCING', 'sector', 'unknown')],
  ])('gives no link where no list can follow: %s', (_, href) => {
    expect(href()).toBeUndefined();
  });

  it("opens a target over the whole programme: its stage, or its indicator's outcomes for the programme", () => {
    expect(targetHref(filters, { stageId: 1 })).toBe('/companies?programmeId=1&reachedStageId=1');
    expect(targetHref(filters, { indicator: 'JOBS_CREATED' })).toBe('/companies?programmeId=1&indicator=JOBS_CREATED');
    expect(targetHref(filters, {})).toBeUndefined();
  });

  it('opens a month of the trend: what it added, or everything up to its end', () => {
    expect(monthPeriod('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(query(trendMonthHref(filters, { stageId: 1 }, '2026-03', false))).toEqual({
      programmeId: '1',
      reachedStageId: '1',
      from: '2026-03-01',
      to: '2026-03-31',
    });
    expect(query(trendMonthHref(filters, { indicator: 'INVESTMENT_EUR' }, '2026-12', true))).toEqual({
      programmeId: '1',
      indicator: 'INVESTMENT_EUR',
      to: '2026-12-31',
    });
  });

  it('opens a need first raised in the period and in the programme, within a size class or sector when split', () => {
    expect(query(needHref(filters, 'FINANCING'))).toEqual({ ...listed, need: 'FINANCING' });
    expect(query(needHref({ programmeId: 1 }, 'NETWORK', 'sizeClass', 'MICRO'))).toEqual({
      programmeId: '1',
      need: 'NETWORK',
      sizeClass: 'MICRO',
    });
    expect(query(needHref({ programmeId: 1 }, 'NETWORK', 'sector', '43'))).toEqual({ programmeId: '1', need: 'NETWORK', sector: '43' });
    // the report's partner: any credit in the programme
    expect(query(needHref({ programmeId: 1, creditedPartnerId: 3 }, 'NETWORK'))).toEqual({ programmeId: '1', creditedPartnerId: '3', need: 'NETWORK' });
  });

  it("opens an outcome indicator for the programme in the period, in total or one partner's", () => {
    expect(query(outcomeHref({ programmeId: 1, from: '2026-01-01' }, 'JOBS_CREATED'))).toEqual({
      programmeId: '1',
      indicator: 'JOBS_CREATED',
      from: '2026-01-01',
    });
    expect(query(outcomeHref({ ...filters, creditedPartnerId: 3 }, 'JOBS_CREATED', 2))).toEqual({
      ...listed,
      creditedPartnerId: '3',
      indicator: 'JOBS_CREATED',
      outcomePartnerId: '2',
    });
  });

  it("opens a partner's credit at a stage in the period, as the partner report counts it", () => {
    // the partner report takes only the programme and the period
    expect(query(partnerStageHref(filters, 9, 2))).toEqual({
      programmeId: '1',
      creditedPartnerId: '9',
      creditedStageId: '2',
      from: '2026-01-01',
      to: '2026-12-31',
    });
  });

  it('links an event row to its event page, its attendees and its newcomers to their companies', () => {
    expect(eventHref(12)).toBe('/events/12');
    expect(eventAttendedHref(12)).toBe('/companies?attendedEventId=12');
    expect(eventNewCompaniesHref(12)).toBe('/companies?newAtEventId=12');
  });
});
