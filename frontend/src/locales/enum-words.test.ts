// The backend words some values itself, in downloaded files (common/export/Labelled); the screens
// word them from the locales. Both must say the same, or a file reads differently from its screen.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '@/locales/en';
import { nl } from '@/locales/nl';

const root = resolve(__dirname, '../../..');
const backend = (file: string) => readFileSync(resolve(root, 'backend/src/main/java/nl/aanjager', file), 'utf8');

/** NAME(new Words("…", "…")) in a backend enum, as { NAME: [dutch, english] }. */
function wordsOf(source: string): Record<string, [string, string]> {
  const words: Record<string, [string, string]> = {};
  for (const match of source.matchAll(/^\s+([A-Z_]+)\(new Words\("([^"]*)", "([^"]*)"\)\)/gm)) {
    words[match[1]!] = [match[2]!, match[3]!];
  }
  return words;
}

const ENUMS = [
  { file: 'companies/SizeClass.java', nl: nl.enums.sizeClass, en: en.enums.sizeClass },
  { file: 'activities/ActivityType.java', nl: nl.enums.activityType, en: en.enums.activityType },
  { file: 'programmes/Need.java', nl: nl.enums.need, en: en.enums.need },
  { file: 'programmes/Theme.java', nl: nl.programmes.theme, en: en.programmes.theme },
  { file: 'referrals/ReferralStatus.java', nl: nl.enums.referralStatus, en: en.enums.referralStatus },
  { file: 'programmes/Indicator.java', nl: nl.enums.indicator, en: en.enums.indicator },
  { file: 'events/RegistrationStatus.java', nl: nl.enums.registrationStatus, en: en.enums.registrationStatus },
];

describe('values worded in downloads and on screens', () => {
  it.each(ENUMS)('$file says what the screens say, in Dutch and English', ({ file, nl: dutch, en: english }) => {
    const words = wordsOf(backend(file));
    expect(Object.keys(words).sort()).toEqual(Object.keys(dutch).sort());
    for (const [value, [inDutch, inEnglish]] of Object.entries(words)) {
      expect(inDutch, `${file} ${value}`).toBe((dutch as Record<string, string>)[value]);
      expect(inEnglish, `${file} ${value}`).toBe((english as Record<string, string>)[value]);
    }
  });
});
