// Every system actor the backend can write in the trail has a Dutch and an English text: read from
// the backend's one list of them (SystemActor.java), so a new one without words fails here.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { changeLanguage, i18n } from '@/lib/i18n';
import { nl } from '@/locales/nl';
import { en } from '@/locales/en';
import { actorLabel } from '@/features/audit/utils/labels';

const source = readFileSync(resolve(__dirname, '../../../../../backend/src/main/java/nl/aanjager/common/security/SystemActor.java'), 'utf8');
const systemActors = [...source.matchAll(/^\s+[A-Z_]+\("([a-z/-]+)"/gm)].map((match) => match[1]!);

describe('the words for every system actor', () => {
  afterEach(() => changeLanguage('nl'));

  it('reads the backend list', () => {
    expect(systemActors).toContain('system');
    expect(systemActors).toContain('system/demo');
  });

  it.each([
    ['Dutch', nl.audit.systemActor],
    ['English', en.audit.systemActor],
  ])('each has a %s text', (_language, texts) => {
    const missing = systemActors.filter((code) => !(texts as Record<string, string>)[code]?.trim());
    expect(missing).toEqual([]);
  });

  it('shows a person by name and a system actor in words, never the account', async () => {
    expect(actorLabel(i18n.t, { actor: 'staff', actorName: 'Sami Staf' })).toEqual({ text: 'Sami Staf', system: false });
    expect(actorLabel(i18n.t, { actor: 'system/demo' })).toEqual({ text: 'Demogegevens', system: true });
    expect(actorLabel(i18n.t, { actor: 'system/retention' })).toEqual({ text: 'Bewaartermijn (automatisch)', system: true });
    // a system actor newer than this SPA still reads as words
    expect(actorLabel(i18n.t, { actor: 'system/later' })).toEqual({ text: 'Systeem', system: true });
    await changeLanguage('en');
    expect(actorLabel(i18n.t, { actor: 'system/public' }).text).toBe('Entrepreneur on the public page');
  });
});
