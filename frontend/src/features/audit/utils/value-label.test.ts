// The trail keeps enum values as the API spells them ("SMALL", "SUSTAINABLE, DIGITAL"); people read
// the words the pages use for them.
import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import { valueLabel } from '@/features/audit/utils/labels';

const label = (value: string, field: string, entityType: string) =>
  valueLabel(i18n.t.bind(i18n), value, (date) => date, { field, entityType });

describe('an enum value in the trail', () => {
  it.each([
    ['SMALL', 'sizeClass', 'company', 'Klein (minder dan 50 werknemers)'],
    ['SUSTAINABLE, DIGITAL', 'themes', 'programme', 'Duurzaam, Digitaal'],
    ['FINANCING', 'needs', 'company', 'Financiering'],
    ['WORKSHOP', 'type', 'activity', 'Workshop'],
    ['WEBINAR', 'type', 'event', 'Webinar'],
    ['BUSINESS_NETWORK', 'kind', 'partner', 'Ondernemersnetwerk'],
    ['WALK_IN', 'source', 'registration', 'aan de deur'],
    ['MANUAL', 'source', 'stage_record', 'handmatig vastgelegd'],
    ['PUBLISHED', 'status', 'event', 'gepubliceerd'],
  ])('%s as %s of a %s reads "%s"', (value, field, entityType, words) => {
    expect(label(value, field, entityType)).toBe(words);
  });

  it('keeps a value it has no words for as it is', () => {
    expect(label('Bakkerij Jansen', 'name', 'company')).toBe('Bakkerij Jansen');
  });
});
