import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from '@/locales/en';
import { nl } from '@/locales/nl';
import { EVENT_TYPES, eventTypeLabel } from '@/features/webhooks/utils/event-types';

function translator(messages: object) {
  const instance = i18next.createInstance();
  void instance.init({ lng: 'x', resources: { x: { translation: messages } }, initAsync: false });
  return instance.t;
}

describe('event type labels', () => {
  it('gives every subscribable type and the ping a Dutch and an English label', () => {
    const dutch = translator(nl);
    const english = translator(en);
    for (const type of [...EVENT_TYPES, 'webhook.ping']) {
      expect(eventTypeLabel(dutch, type), type).not.toMatch(/webhooks\.|_/);
      expect(eventTypeLabel(english, type), type).not.toMatch(/webhooks\.|_/);
    }
    expect(eventTypeLabel(dutch, 'company.stage_reached')).toBe('Bedrijf bereikt een nieuwe fase');
    expect(eventTypeLabel(english, 'registration.checked_in')).toBe('Participant checked in');
  });

  it('has no label for a type it does not know, so the page never shows a raw name by accident', () => {
    expect(eventTypeLabel(translator(nl), 'something.else')).toBeUndefined();
  });
});
