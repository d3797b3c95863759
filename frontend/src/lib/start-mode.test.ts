import { describe, expect, it } from 'vitest';
import { isPublicPath } from '@/lib/start-mode';

describe('start mode', () => {
  it('starts the public pages without a login', () => {
    expect(isPublicPath('/publiek/bijeenkomsten')).toBe(true);
    expect(isPublicPath('/publiek/bijeenkomsten/2')).toBe(true);
    expect(isPublicPath('/aanmelden/annuleren')).toBe(true);
    expect(isPublicPath('/aanmelden/annuleren/')).toBe(true);
  });

  it('needs a login for everything else', () => {
    expect(isPublicPath('/')).toBe(false);
    expect(isPublicPath('/events')).toBe(false);
    expect(isPublicPath('/publiekelijk')).toBe(false);
    expect(isPublicPath('/aanmelden/annuleren-alles')).toBe(false);
    expect(isPublicPath('/check-in')).toBe(false);
  });
});
