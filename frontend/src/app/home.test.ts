import { describe, expect, it } from 'vitest';
import { homeFor } from '@/app/home';

describe('the start page per role', () => {
  it('is the dashboard for whoever reads the reports', () => {
    expect(homeFor(['admin'])).toBe('/dashboard');
    expect(homeFor(['staff', 'checkin'])).toBe('/dashboard');
  });

  it('is their own work for a partner\'s advisor, with the dashboard one click away', () => {
    expect(homeFor(['partner'])).toBe('/my-work');
    expect(homeFor(['partner', 'staff'])).toBe('/dashboard');
  });

  it('is the check-in page for the door volunteer, the partner list otherwise', () => {
    expect(homeFor(['checkin'])).toBe('/check-in');
    expect(homeFor([])).toBe('/partners');
    expect(homeFor(undefined)).toBe('/partners');
  });
});
