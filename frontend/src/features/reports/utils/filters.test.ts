import { describe, expect, it } from 'vitest';
import {
  dashboardSearch,
  defaultProgramme,
  presetOf,
  presetPeriod,
  readDashboardSearch,
} from '@/features/reports/utils/filters';

describe('the dashboard URL', () => {
  it('holds every filter under the API names, and the view choices', () => {
    const search = new URLSearchParams(
      'programmeId=1&from=2026-01-01&to=2026-12-31&theme=DIGITAL&creditedPartnerId=2&district=Charlois&sector=62&sizeClass=MICRO&by=partner&split=sector',
    );
    const view = readDashboardSearch(search);
    expect(view).toEqual({
      filters: {
        programmeId: 1,
        from: '2026-01-01',
        to: '2026-12-31',
        theme: 'DIGITAL',
        creditedPartnerId: 2,
        district: 'Charlois',
        sector: '62',
        sizeClass: 'MICRO',
      },
      by: 'partner',
      split: 'sector',
    });
    expect(dashboardSearch(view).toString()).toBe(search.toString());
  });

  it('leaves out defaults and empty values, so a plain view has a short URL', () => {
    expect(dashboardSearch({ filters: { programmeId: 1, district: '  ' }, by: 'district', split: '' }).toString()).toBe('programmeId=1');
  });

  it('ignores what it does not know', () => {
    const view = readDashboardSearch(new URLSearchParams('programmeId=x&from=yesterday&theme=FUN&sizeClass=&by=colour&split=all'));
    expect(view).toEqual({ filters: { programmeId: undefined, from: undefined, to: undefined, theme: undefined, creditedPartnerId: undefined, district: undefined, sector: undefined, sizeClass: undefined }, by: 'district', split: '' });
  });
});

describe('period presets', () => {
  const now = new Date(2026, 10, 24, 9, 30); // 24 Nov 2026
  const programme = { startDate: '2024-01-01', endDate: '2027-12-31' };

  it('gives calendar years, the last twelve whole months and the programme term', () => {
    expect(presetPeriod('all', now)).toEqual({});
    expect(presetPeriod('thisYear', now)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(presetPeriod('lastYear', now)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(presetPeriod('last12Months', now)).toEqual({ from: '2025-11-25', to: '2026-11-24' });
    expect(presetPeriod('programme', now, programme)).toEqual({ from: '2024-01-01', to: '2027-12-31' });
  });

  it('recognises a preset from its dates, else calls it custom', () => {
    expect(presetOf({}, now)).toBe('all');
    expect(presetOf({ from: '2026-01-01', to: '2026-12-31' }, now)).toBe('thisYear');
    expect(presetOf({ from: '2024-01-01', to: '2027-12-31' }, now, programme)).toBe('programme');
    expect(presetOf({ from: '2024-01-01', to: '2027-12-31' }, now)).toBe('custom');
    expect(presetOf({ from: '2026-03-01' }, now)).toBe('custom');
  });
});

describe('defaultProgramme', () => {
  const programmes = [
    { id: 1, startDate: '2020-01-01', endDate: '2022-12-31' },
    { id: 2, startDate: '2024-06-01' },
    { id: 3, startDate: '2024-01-01', endDate: '2027-12-31' },
  ];

  it('opens on the programme running today that started first', () => {
    expect(defaultProgramme(programmes, new Date(2026, 10, 24))?.id).toBe(3);
    expect(defaultProgramme(programmes, new Date(2024, 2, 1))?.id).toBe(3);
    expect(defaultProgramme(programmes, new Date(2028, 0, 1))?.id).toBe(2);
  });

  it('falls back to the first when none runs, and to nothing without programmes', () => {
    expect(defaultProgramme(programmes, new Date(2019, 0, 1))?.id).toBe(1);
    expect(defaultProgramme([], new Date())).toBeUndefined();
  });
});
