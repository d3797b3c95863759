import { describe, expect, it } from 'vitest';
import { findSbiEntry, isCompanySbiCode, sbiCatalogue, sbiLabel, sbiTitle } from '@/shared/sbi-label';

const catalogue = sbiCatalogue([
  { code: 'C', nl: 'Industrie', en: 'Manufacturing' },
  { code: '10', nl: 'Vervaardiging van voedingsmiddelen', en: 'Manufacture of food products' },
  { code: '10.7', nl: 'Vervaardiging van brood, banketbakkerswerk en deegwaren', en: 'Manufacture of bakery and farinaceous products' },
  { code: '10.71', nl: 'Brood en banket', en: 'Manufacture of bread; manufacture of fresh pastry goods and cakes' },
  { code: '96.02', nl: 'Haar- en schoonheidsverzorging', en: 'Hairdressing and other beauty treatment' },
  { code: '96.02.1', nl: 'Haarverzorging', en: 'Haarverzorging' },
]);

describe('sbiLabel', () => {
  it('puts the Dutch title after the code', () => {
    expect(sbiLabel('10.71', 'nl', catalogue)).toBe('10.71 Brood en banket');
  });

  it('puts the English title after the code in English', () => {
    expect(sbiLabel('10.71', 'en', catalogue)).toBe('10.71 Manufacture of bread; manufacture of fresh pastry goods and cakes');
    expect(sbiLabel('10', 'en-GB', catalogue)).toBe('10 Manufacture of food products');
  });

  it('describes a code the list lacks by the nearest level above it', () => {
    expect(sbiLabel('10.71.3', 'nl', catalogue)).toBe('10.71.3 Brood en banket');
    expect(sbiLabel('10.79', 'nl', catalogue)).toBe('10.79 Vervaardiging van brood, banketbakkerswerk en deegwaren');
  });

  it('takes the longest match, not the first', () => {
    expect(sbiLabel('96.02.1', 'nl', catalogue)).toBe('96.02.1 Haarverzorging');
    expect(findSbiEntry('96.02.1', catalogue)?.code).toBe('96.02.1');
  });

  it('finds a code stored without dots', () => {
    expect(sbiLabel('1071', 'nl', catalogue)).toBe('1071 Brood en banket');
  });

  it('shows an unknown code alone, and any code alone while the list is not there', () => {
    expect(sbiLabel('04', 'nl', catalogue)).toBe('04');
    expect(sbiLabel('unknown', 'nl', catalogue)).toBe('unknown');
    expect(sbiLabel('10.71', 'nl', undefined)).toBe('10.71');
    expect(sbiTitle('10.71', 'nl', undefined)).toBeUndefined();
  });

  it('matches a section letter only to itself', () => {
    expect(sbiLabel('C', 'nl', catalogue)).toBe('C Industrie');
    expect(sbiLabel('D', 'nl', catalogue)).toBe('D');
  });
});

describe('isCompanySbiCode', () => {
  it('accepts listed codes and the levels above them, written with dots', () => {
    expect(isCompanySbiCode('10.71', catalogue)).toBe(true);
    expect(isCompanySbiCode('96.0', catalogue)).toBe(true);
    expect(isCompanySbiCode(' 96.02.1 ', catalogue)).toBe(true);
  });

  it('refuses codes outside the list, without dots, or sections', () => {
    expect(isCompanySbiCode('10.79', catalogue)).toBe(false);
    expect(isCompanySbiCode('1071', catalogue)).toBe(false);
    expect(isCompanySbiCode('C', catalogue)).toBe(false);
    expect(isCompanySbiCode('1', catalogue)).toBe(false);
  });
});
