import { describe, expect, it } from 'vitest';
import { changeLanguage, i18n } from '@/lib/i18n';
import { ApiProblem, type FieldErrorCode, type Params } from '@/lib/problem';
import { describeReason, describeUploadProblem } from '@/features/imports/utils/messages';

const t = () => i18n.t;
const refusal = (code: FieldErrorCode, params: Params = {}, field = 'file') =>
  new ApiProblem({ status: 400, title: 'Bad Request', errors: [{ field, message: 'English, for developers', code, params }] });

describe("the API's refusals in the user's language", () => {
  it.each([
    ['must be exactly 8 digits', 'moet uit precies 8 cijfers bestaan'],
    ['must be a Dutch postcode such as 3011 AB', 'moet een Nederlandse postcode zijn, zoals 3011 AB'],
    ['must be an existing SBI code such as 62 or 62.01', 'moet een code uit de SBI-lijst zijn, met punten, zoals 62 of 62.01'],
    [
      'must be a code of the SBI 2008 list, written with dots, such as 62 or 62.01',
      'moet een code uit de SBI-lijst zijn, met punten, zoals 62 of 62.01',
    ],
    ['must be an http(s) address', 'moet een webadres zijn dat begint met http:// of https://'],
    ['must be a whole number', 'moet een geheel getal zijn'],
    ['must be a date such as 2025-03-14 or 14-03-2025', 'moet een datum zijn, zoals 14-03-2025 of 2025-03-14'],
    ['must not be blank', 'is leeg, maar moet ingevuld zijn'],
    ['size must be between 0 and 200', 'is te lang: hoogstens 200'],
    ['must be less than or equal to 249', 'mag hoogstens 249 zijn'],
    ['the same company as row 3', 'hetzelfde bedrijf als rij 3: een bedrijf mag maar één keer in het bestand staan'],
    ['does not match 12 employees (SMALL)', 'past niet bij 12 medewerkers (dat is Klein (minder dan 50 werknemers))'],
    ['must be one of MICRO, SMALL, MEDIUM', 'kent Aanjager niet; gebruik een van deze waarden: micro, small, medium'],
    [
      'must be one of ADVICE_SESSION, PHONE_CALL (or in Dutch: adviesgesprek, telefoongesprek)',
      'kent Aanjager niet; gebruik een van deze waarden: adviesgesprek, telefoongesprek',
    ],
  ])('says why a row is rejected: "%s"', (reason, dutch) => {
    expect(describeReason(t(), reason)).toBe(dutch);
  });

  it('keeps a reason it does not know as the server wrote it', () => {
    expect(describeReason(t(), 'is on fire')).toBe('is on fire');
  });

  it.each<[FieldErrorCode, Params, string | RegExp]>([
    ['FILE_TYPE', {}, 'Kies een CSV-, Excel- (.xlsx) of JSON-bestand.'],
    ['FILE_NOT_UTF8', {}, /^Het bestand is geen UTF-8-tekst\./],
    ['FILE_UNREADABLE', { format: 'XLSX' }, /^Dit bestand kon niet als Excel \(\.xlsx\) worden gelezen\./],
    ['FILE_TOO_MANY_ROWS', { max: '200000' }, 'Het bestand heeft meer dan 200.000 rijen. Verdeel het over meer bestanden.'],
    ['FILE_EMPTY', {}, 'Het bestand is leeg: de eerste rij moet de kolommen noemen.'],
    ['FILE_MISSING_COLUMNS', { fields: 'kvkNumber' }, 'Het bestand heeft geen kolom voor KvK-nummer. Noem de kolom zoals in het voorbeeldbestand.'],
  ])('says why a file is refused: %s', (code, params, dutch) => {
    const { message: said, detail } = describeUploadProblem(t(), 'nl-NL', 'COMPANIES', refusal(code, params));
    expect(said).toMatch(dutch);
    expect(detail).toBeUndefined();
  });

  it('names the missing columns of the kind of import with their labels', () => {
    const problem = refusal('FILE_MISSING_COLUMNS', { fields: 'companyKvkNumber,name' });
    expect(describeUploadProblem(t(), 'nl-NL', 'CONTACTS', problem).message).toBe(
      'Het bestand heeft geen kolommen voor KvK-nummer van het bedrijf en Naam. Noem de kolommen zoals in het voorbeeldbestand.',
    );
  });

  it('tells a file too large, a refused role and a lost connection apart', () => {
    expect(describeUploadProblem(t(), 'nl-NL', 'COMPANIES', new ApiProblem({ status: 413 })).message).toMatch(/te groot/);
    expect(describeUploadProblem(t(), 'nl-NL', 'COMPANIES', new ApiProblem({ status: 403 })).message).toBe(
      'U hebt geen toestemming voor deze actie.',
    );
    expect(describeUploadProblem(t(), 'nl-NL', 'COMPANIES', new TypeError('Failed to fetch')).message).toBe(
      'De server is niet bereikbaar. Probeer het later opnieuw.',
    );
  });

  it('says a server failure in Dutch, with the reference the administrator can look up', () => {
    const failure = new ApiProblem({
      status: 500,
      type: 'urn:aanjager:problem:internal',
      title: 'Internal error',
      detail: 'Something went wrong on our side; incident 0e8d6456-84ec-494d-93da-33d6949a2780',
      code: 'INTERNAL',
      params: { incident: '0e8d6456-84ec-494d-93da-33d6949a2780' },
    });
    expect(describeUploadProblem(t(), 'nl-NL', 'ACTIVITIES', failure)).toEqual({
      message: 'Er ging iets mis op de server. Probeer het later opnieuw.',
      detail: 'Blijft het misgaan? Geef de beheerder dit kenmerk door: 0e8d6456-84ec-494d-93da-33d6949a2780',
    });
  });

  it('speaks English when the user does', async () => {
    await changeLanguage('en');
    expect(describeReason(t(), 'must be exactly 8 digits')).toBe('must be exactly 8 digits');
    const problem = refusal('FILE_MISSING_COLUMNS', { fields: 'kvkNumber,name' });
    expect(describeUploadProblem(t(), 'en-GB', 'COMPANIES', problem).message).toBe(
      'The file has no columns for KvK number and Name. Name the columns as in the sample file.',
    );
  });
});
