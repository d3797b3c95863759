import { describe, expect, it } from 'vitest';
import { changeLanguage, i18n, LANGUAGE_STORAGE_KEY, setupI18n, storedLanguage } from '@/lib/i18n';

describe('language choice', () => {
  it('starts in Dutch', () => {
    expect(i18n.language).toBe('nl');
    expect(document.documentElement.lang).toBe('nl');
    expect(i18n.t('nav.programmes')).toBe("Programma's");
  });

  it('switches to English, updates <html lang> and remembers the choice', async () => {
    await changeLanguage('en');
    expect(i18n.t('nav.programmes')).toBe('Programmes');
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(storedLanguage()).toBe('en');
  });

  it('uses the remembered language at the next start', () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    setupI18n();
    expect(i18n.language).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('ignores an unknown stored value', () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'fr');
    expect(storedLanguage()).toBe('nl');
  });
});
