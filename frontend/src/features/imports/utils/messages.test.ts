import { describe, expect, it } from 'vitest';
import { changeLanguage, i18n } from '@/lib/i18n';
import { ApiProblem, type FieldErrorCode, type Params } from '@/lib/problem';
import { describeRejection, describeUploadProblem } from '@/features/imports/utils/messages';
import type { ImportRejection } from '@/features/imports/api/types';
import { nl } from '@/locales/nl';
import { en } from '@/locales/en';

const t = () => i18n.t;
const refusal = (code: FieldErrorCode, params: Params = {}, field = 'file') =>
  new ApiProblem({ status: 400, title: 'Bad Request', errors: [{ field, message: 'English, for developers', code, params }] });

describe("the API's refusals in the user's language", () => {
  const rejection = (code: FieldErrorCode, params: Params = {}, field = 'kvkNumber'): ImportRejection => ({
    row: 3,
    column: 'KvK-nummer',
    field,
    code,
    params,
    reason: 'English, for partner systems',
  });
  // every code a rejection can carry: the contract's FieldErrorCode, whose texts the locales must have
  const codes = Object.keys(nl.problems.fields) as FieldErrorCode[];

  it.each(codes)('says a row rejected with %s in Dutch, never in the English of the API', (code) => {
    // every param some code's text names, so a placeholder left over means a text that cannot be filled
    const params = { row: '2', max: '200', min: '1', employees: '12', format: 'CSV', item: '2', columns: '300', fields: 'name', column: 'Opmerking' };
    const said = describeRejection(t(), 'nl', rejection(code, params));
    expect(said.trim()).not.toBe('');
    expect(said).not.toBe('English, for partner systems');
    expect(said).not.toMatch(/{{|}}/);
    if (en.problems.fields[code] !== nl.problems.fields[code]) expect(said).not.toBe(i18n.t(`problems.fields.${code}`, { lng: 'en' }));
  });

  it.each<[FieldErrorCode, Params, string]>([
    ['FORMAT', { format: 'kvk-number' }, 'Een KvK-nummer bestaat uit 8 cijfers.'],
    ['FORMAT', { format: 'sbi-code' }, 'Vul een code uit de SBI-lijst in, met punten, zoals 62 of 62.01.'],
    ['FORMAT', { format: 'whole-number' }, 'Vul een geheel getal in, zoals 12.'],
    ['FORMAT', { format: 'date' }, 'Vul een datum in, zoals 14-03-2025 of 2025-03-14.'],
    ['REQUIRED', {}, 'Vul dit veld in.'],
    ['DUPLICATE_ROW', { row: '6' }, 'Hetzelfde als rij 6 van het bestand; elk gegeven mag er maar één keer in staan.'],
    ['MISMATCH', { employees: '3', sizeClass: 'MICRO' }, 'Past niet bij 3 medewerkers.'],
    ['NOT_FOUND', { what: 'company' }, 'Aanjager kent geen bedrijf met dit KvK-nummer (en vestigingsnummer). Importeer eerst het bedrijf.'],
    [
      'UNKNOWN_VALUE',
      { values: 'ADVICE_SESSION, PHONE_CALL', dutchValues: 'adviesgesprek, telefoongesprek' },
      'Kies een van deze waarden: adviesgesprek, telefoongesprek.',
    ],
    ['UNKNOWN_VALUE', { values: 'MICRO, SMALL, MEDIUM' }, 'Kies een van deze waarden: micro, small, medium.'],
  ])('says why a row is rejected from its code %s and params', (code, params, dutch) => {
    expect(describeRejection(t(), 'nl', rejection(code, params))).toBe(dutch);
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
    expect(describeRejection(t(), 'en', rejection('FORMAT', { format: 'kvk-number' }))).toBe('A KvK number has 8 digits.');
    const values = { values: 'ADVICE_SESSION, PHONE_CALL', dutchValues: 'adviesgesprek, telefoongesprek' };
    expect(describeRejection(t(), 'en', rejection('UNKNOWN_VALUE', values))).toBe('Choose one of these values: advice session, phone call.');
    const problem = refusal('FILE_MISSING_COLUMNS', { fields: 'kvkNumber,name' });
    expect(describeUploadProblem(t(), 'en-GB', 'COMPANIES', problem).message).toBe(
      'The file has no columns for KvK number and Name. Name the columns as in the sample file.',
    );
  });
});
