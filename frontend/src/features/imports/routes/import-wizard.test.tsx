import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '@/lib/i18n';
import { json, problem } from '@/testing/fake-api';
import { renderRoutes } from '@/testing/render';
import { appliedStates, fakeImports, previewedJob, routes } from '@/features/imports/routes/import-fixtures';

const csv = () => new File(['KvK-nummer;Naam\r\n12345678;Bakkerij\r\n'], 'bedrijven.csv', { type: 'text/csv' });

/** jsdom neither has object URLs nor downloads: catch the names of the files the SPA saves. */
function catchDownloads() {
  const saved: string[] = [];
  URL.createObjectURL = vi.fn(() => 'blob:rejected');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push(this.download);
  });
  return saved;
}

describe('the import wizard', () => {
  const objectUrls = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
  afterEach(() => {
    URL.createObjectURL = objectUrls.create;
    URL.revokeObjectURL = objectUrls.revoke;
  });

  describe('step 1: choosing the file', () => {
    it('presets what to import from the page the user came from, with its sample file', async () => {
      fakeImports();
      const { user, router } = renderRoutes(routes, '/imports?kind=activities');

      expect(screen.getByRole('heading', { level: 1, name: 'Activiteiten importeren' })).toBeInTheDocument();
      const kinds = screen.getByRole('group', { name: 'Wat wilt u importeren?' });
      expect(within(kinds).getByRole('radio', { name: 'Activiteiten' })).toBeChecked();
      expect(screen.getByRole('link', { name: /Voorbeeldbestand downloaden \(activiteiten, CSV\)/ })).toHaveAttribute(
        'href',
        '/voorbeelden/activiteiten.csv',
      );
      const current = within(screen.getByRole('list', { name: 'Stappen van de import' })).getAllByRole('listitem')[0]!;
      expect(current).toHaveAttribute('aria-current', 'step');
      expect(current).toHaveTextContent('Bestand kiezen');

      await user.click(within(kinds).getByRole('radio', { name: 'Bedrijven' }));
      expect(router.state.location.search).toBe('?kind=companies');
      expect(screen.getByRole('heading', { level: 1, name: 'Bedrijven importeren' })).toBeInTheDocument();
      expect(screen.getByRole('link', { name: /Voorbeeldbestand downloaden \(bedrijven, CSV\)/ })).toHaveAttribute(
        'href',
        '/voorbeelden/bedrijven.csv',
      );
    });

    it('asks for a file before sending anything', async () => {
      const api = fakeImports();
      const { user } = renderRoutes(routes, '/imports?kind=companies');
      await user.click(screen.getByRole('button', { name: 'Bestand controleren' }));
      const picker = screen.getByLabelText('Bestand');
      expect(picker).toHaveAttribute('aria-invalid', 'true');
      expect(picker).toHaveAccessibleDescription(expect.stringContaining('Kies een bestand.'));
      expect(picker).toHaveFocus();
      expect(api.sent('POST', '/api/imports')).toHaveLength(0);
    });

    it('sends the file and the kind as a form, and shows the preview of the job it gets', async () => {
      const api = fakeImports();
      const { user, router } = renderRoutes(routes, '/imports?kind=companies');
      await user.upload(screen.getByLabelText('Bestand'), csv());
      await user.click(screen.getByRole('button', { name: 'Bestand controleren' }));

      await screen.findByRole('heading', { level: 2, name: 'Controleren' });
      expect(router.state.location.pathname).toBe('/imports/42');
      const sent = api.sent('POST', '/api/imports')[0]!;
      expect(sent.headers.get('Content-Type')).toMatch(/^multipart\/form-data; boundary=/);
      expect(sent.headers.get('Authorization')).toBe('Bearer test-token');
      expect(sent.body).toMatch(/name="kind"\r\n\r\nCOMPANIES\r\n/);
      expect(sent.body).toMatch(/name="file"; filename="[^"]+"\r\nContent-Type: text\/csv\r\n\r\nKvK-nummer;Naam\r\n12345678;Bakkerij/);
      // focus moves in an effect once the step has rendered: wait for it rather than race it
      await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Controleren' })).toHaveFocus());
    });

    it('says in Dutch at the file picker why the API refuses the file', async () => {
      fakeImports({
        routes: {
          'POST /api/imports': () =>
            problem(400, {
              type: 'urn:aanjager:problem:validation',
              title: 'Bad Request',
              errors: [
                {
                  field: 'file',
                  message: 'has no column for kvkNumber, name; name the column as in the sample file, or map it',
                  code: 'FILE_MISSING_COLUMNS',
                  params: { fields: 'kvkNumber,name' },
                },
              ],
            }),
        },
      });
      const { user } = renderRoutes(routes, '/imports?kind=companies');
      await user.upload(screen.getByLabelText('Bestand'), csv());
      await user.click(screen.getByRole('button', { name: 'Bestand controleren' }));

      const message = 'Het bestand heeft geen kolommen voor KvK-nummer en Naam. Noem de kolommen zoals in het voorbeeldbestand.';
      await screen.findByText(message);
      const picker = screen.getByLabelText('Bestand');
      expect(picker).toHaveAttribute('aria-invalid', 'true');
      expect(picker).toHaveAccessibleDescription(expect.stringContaining(message));
      expect(picker).toHaveFocus();
      expect(screen.queryByText(/has no column/)).not.toBeInTheDocument();

      // another file: the old refusal goes
      await user.upload(picker, csv());
      expect(screen.queryByText(message)).not.toBeInTheDocument();
    });

    it('says a refusal without a code of its own in Dutch, never in the server’s English', async () => {
      fakeImports({
        routes: {
          'POST /api/imports': () =>
            problem(400, { title: 'Bad Request', errors: [{ field: 'uploadImport.upload.file', message: 'is haunted', code: 'INVALID' }] }),
        },
      });
      const { user } = renderRoutes(routes, '/imports?kind=companies');
      await user.upload(screen.getByLabelText('Bestand'), csv());
      await user.click(screen.getByRole('button', { name: 'Bestand controleren' }));
      await screen.findByText('Deze waarde wordt niet geaccepteerd.');
      expect(screen.queryByText(/haunted/)).not.toBeInTheDocument();
    });

    it('lists earlier imports with their state and outcome, linking to each', async () => {
      fakeImports({
        roles: ['staff'],
        earlier: [
          { ...appliedStates()[2]!, partnerName: 'FME Zuid-Holland' },
          previewedJob({ id: 41, fileName: 'leden.xlsx' }),
        ],
      });
      renderRoutes(routes, '/imports');
      const table = await screen.findByRole('table', { name: 'Eerdere imports, nieuwste eerst' });
      const rows = within(table).getAllByRole('row');
      expect(within(rows[1]!).getByRole('link', { name: 'bedrijven.csv' })).toHaveAttribute('href', '/imports/42');
      expect(rows[1]).toHaveTextContent('Bedrijven · 14 mrt 2026');
      expect(rows[1]).toHaveTextContent('voor FME Zuid-Holland');
      expect(rows[1]).toHaveTextContent('Klaar');
      expect(rows[1]).toHaveTextContent('3 nieuw, 0 bijgewerkt, 0 ongewijzigd, 1 afgewezen');
      expect(rows[2]).toHaveTextContent('Wacht op bevestiging');
      expect(rows[2]).toHaveTextContent('4 rijen gecontroleerd, 1 afgewezen');
    });
  });

  describe('step 2: the preview', () => {
    it('names each column in Dutch, says which are not read, counts and lists the rejected rows', async () => {
      fakeImports();
      renderRoutes(routes, '/imports/42');

      await screen.findByRole('heading', { level: 2, name: 'Controleren' });
      expect(screen.getByText('4 rijen uit „bedrijven.csv”.')).toBeInTheDocument();

      const columns = screen.getByRole('table', { name: 'Kolommen in uw bestand en hoe Aanjager ze leest' });
      const columnRows = within(columns).getAllByRole('row').slice(1).map((row) => row.textContent);
      expect(columnRows).toEqual(['KvK-nummerKvK-nummer', 'NaamNaam', 'PostcodePostcode', 'Opmerkingwordt niet gelezen']);
      expect(screen.getByText(/Eén kolom wordt niet gelezen/)).toBeInTheDocument();

      const counts = screen.getByRole('heading', { level: 3, name: 'Wat de import zou doen' }).nextElementSibling as HTMLElement;
      expect(within(counts).getAllByRole('term').map((term) => term.textContent)).toEqual(['Nieuw', 'Bijgewerkt', 'Ongewijzigd', 'Afgewezen']);
      expect(within(counts).getAllByRole('definition').map((value) => value.textContent)).toEqual(['3', '0', '0', '1']);

      const rejected = screen.getByRole('table', { name: 'Afgewezen rijen en de reden' });
      const [header, first] = within(rejected).getAllByRole('row');
      expect(within(header!).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Rij', 'Kolom', 'Reden']);
      expect(within(first!).getByRole('rowheader')).toHaveTextContent('5');
      expect(within(first!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
        'KvK-nummer',
        'Een KvK-nummer bestaat uit 8 cijfers.',
      ]);
      expect(screen.queryByText('kvkNumber')).not.toBeInTheDocument();
      expect(screen.queryByText(/must be/)).not.toBeInTheDocument();
    });

    it('says when only the first rejected rows are shown', async () => {
      fakeImports({ uploaded: previewedJob({ preview: { created: 0, updated: 0, unchanged: 0, rejected: 1200 }, totalRows: 1200, rowsToApply: 0 }) });
      renderRoutes(routes, '/imports/42');
      expect(await screen.findByText(/de eerste 1 van 1\.200 afgewezen rijen/)).toBeInTheDocument();
    });

    it('downloads the rejected rows with the bearer token, named as the server says', async () => {
      const api = fakeImports({
        routes: {
          'GET /api/imports/:id/rejected-rows': () =>
            new Response('\uFEFFKvK-nummer;Naam;fout\r\n123;Fout;KvK-nummer: Een KvK-nummer bestaat uit 8 cijfers.\r\n', {
              headers: { 'Content-Type': 'text/csv; charset=UTF-8', 'Content-Disposition': 'attachment; filename="bedrijven-afgewezen-rijen.csv"' },
            }),
        },
      });
      const saved = catchDownloads();
      const { user } = renderRoutes(routes, '/imports/42');
      await user.click(await screen.findByRole('button', { name: 'Afgewezen rijen downloaden (CSV)' }));
      await screen.findByText('De afgewezen rijen zijn gedownload.');
      expect(saved).toEqual(['bedrijven-afgewezen-rijen.csv']);
      const request = api.sent('GET', '/api/imports/42/rejected-rows')[0]!;
      expect(request.headers.get('Authorization')).toBe('Bearer test-token');
      expect(request.headers.get('Accept')).toMatch(/^text\/csv\b/);
      // the error column in the screen's language, not the browser's
      expect(request.headers.get('Accept-Language')).toBe('nl');
    });
  });

  describe('step 3: confirming', () => {
    it('with rejected rows, imports only the good ones when the user chooses so, then follows the progress to the result', async () => {
      const api = fakeImports();
      const { user } = renderRoutes(routes, '/imports/42');
      await user.click(await screen.findByRole('button', { name: 'Verder' }));

      expect(screen.getByRole('heading', { level: 2, name: 'Bevestigen' })).toHaveFocus();
      expect(screen.getByText('Er zijn rijen afgewezen. Wat wilt u doen?')).toBeInTheDocument();
      expect(screen.getByRole('region', { name: 'Eerst het bestand verbeteren' })).toBeInTheDocument();
      const goodOnly = screen.getByRole('region', { name: 'Alleen de goede rijen importeren' });
      expect(goodOnly).toHaveTextContent('De 3 goede rijen worden geïmporteerd, de 1 afgewezen rijen niet.');
      await user.click(within(goodOnly).getByRole('button', { name: 'Alleen de goede rijen importeren' }));

      expect(api.sent('POST', '/api/imports/42/confirmation')[0]!.body).toEqual({ validRowsOnly: true });
      await screen.findByRole('heading', { level: 2, name: 'Importeren' });
      const bar = screen.getByRole('progressbar', { name: 'Voortgang van de import' });
      expect(bar).toHaveAttribute('aria-valuenow', '0');

      // polled: one of three rows, then all of them
      await waitFor(() => expect(bar).toHaveAttribute('aria-valuenow', '33'), { timeout: 5000 });
      expect(bar).toHaveAttribute('aria-valuetext', '1 van 3 rijen verwerkt (33%)');
      await screen.findByRole('heading', { level: 2, name: 'Resultaat' }, { timeout: 5000 });
      const doneBar = screen.getByRole('progressbar', { name: 'Voortgang van de import' });
      expect(doneBar).toHaveAttribute('aria-valuenow', '100');
      expect(screen.getByText('3 van 3 rijen verwerkt (100%)')).toBeInTheDocument();
      expect(screen.getByText('De import is klaar.')).toHaveAttribute('role', 'status');

      const result = screen.getByRole('heading', { level: 3, name: 'Wat de import deed' }).nextElementSibling!;
      expect(within(result as HTMLElement).getAllByRole('definition').map((value) => value.textContent)).toEqual(['3', '0', '0', '1']);
      expect(screen.getByRole('button', { name: 'Afgewezen rijen downloaden (CSV)' })).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Naar de bedrijven' })).toHaveAttribute('href', '/companies?sort=-createdAt');
      expect(screen.getByRole('link', { name: 'Nog een bestand importeren' })).toHaveAttribute('href', '/imports?kind=companies');

      // finished: no more polling
      const polls = api.sent('GET', '/api/imports/42').length;
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(api.sent('GET', '/api/imports/42')).toHaveLength(polls);
    }, 15_000);

    it('with rejected rows, offers to go back and fix the file instead', async () => {
      const api = fakeImports();
      const { user, router } = renderRoutes(routes, '/imports/42');
      await user.click(await screen.findByRole('button', { name: 'Verder' }));
      const fix = screen.getByRole('region', { name: 'Eerst het bestand verbeteren' });
      expect(within(fix).getByRole('button', { name: 'Afgewezen rijen downloaden (CSV)' })).toBeInTheDocument();
      await user.click(within(fix).getByRole('link', { name: 'Bestand verbeteren en opnieuw kiezen' }));
      expect(router.state.location.pathname).toBe('/imports');
      expect(router.state.location.search).toBe('?kind=companies');
      expect(screen.getByRole('radio', { name: 'Bedrijven' })).toBeChecked();
      expect(api.sent('POST', '/api/imports/42/confirmation')).toHaveLength(0);
    });

    it('without rejected rows, imports everything in one go', async () => {
      const clean = previewedJob({
        columns: [{ header: 'KvK-nummer', field: 'kvkNumber' }, { header: 'Naam', field: 'name' }],
        preview: { created: 2, updated: 1, unchanged: 0, rejected: 0 },
        rejections: [],
        totalRows: 3,
      });
      const api = fakeImports({ uploaded: clean });
      const { user } = renderRoutes(routes, '/imports/42');
      await screen.findByText('Alle rijen zijn in orde.');
      expect(screen.queryByRole('button', { name: /Afgewezen rijen downloaden/ })).not.toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Verder' }));
      expect(screen.getByText(/De import verwerkt 3 rijen/)).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Importeren' }));
      expect(api.sent('POST', '/api/imports/42/confirmation')[0]!.body).toEqual({ validRowsOnly: false });
      await screen.findByRole('progressbar');
    });

    it('offers nothing to import when every row is rejected', async () => {
      const api = fakeImports({
        uploaded: previewedJob({ preview: { created: 0, updated: 0, unchanged: 0, rejected: 4 }, rowsToApply: 0 }),
      });
      const { user } = renderRoutes(routes, '/imports/42');
      await user.click(await screen.findByRole('button', { name: 'Verder' }));
      expect(screen.getByText('Geen enkele rij kan worden geïmporteerd. Verbeter het bestand en kies het opnieuw.')).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: /importeren/i })).not.toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Terug naar controleren' }));
      expect(screen.getByRole('heading', { level: 2, name: 'Controleren' })).toHaveFocus();
      expect(api.sent('POST', '/api/imports/42/confirmation')).toHaveLength(0);
    });

    it('shows how far the job is when it was confirmed elsewhere meanwhile (409)', async () => {
      const running = appliedStates()[1]!;
      let confirmed = false;
      fakeImports({
        routes: {
          'POST /api/imports/:id/confirmation': () => {
            confirmed = true;
            return problem(409, { title: 'Conflict', detail: 'This import was confirmed before; it is running' });
          },
          'GET /api/imports/:id': () => json(confirmed ? running : previewedJob()),
        },
      });
      const { user } = renderRoutes(routes, '/imports/42');
      await user.click(await screen.findByRole('button', { name: 'Verder' }));
      await user.click(screen.getByRole('button', { name: 'Alleen de goede rijen importeren' }));
      const bar = await screen.findByRole('progressbar');
      expect(bar).toHaveAttribute('aria-valuenow', '33');
    });
  });

  describe('steps 4 and 5: progress and result', () => {
    it('says in Dutch that a job failed, with what it did before', async () => {
      fakeImports({
        uploaded: {
          ...previewedJob(),
          state: 'FAILED',
          rowsDone: 1,
          result: { created: 1, updated: 0, unchanged: 0, rejected: 1 },
          failure: 'An unexpected error stopped the import (NullPointerException); the rows applied before it stay applied.',
        },
      });
      renderRoutes(routes, '/imports/42');
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('De import is niet afgemaakt.');
      expect(alert).toHaveTextContent('De rijen die al verwerkt waren, blijven verwerkt.');
      expect(screen.queryByText(/NullPointerException/)).not.toBeInTheDocument();
      expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '33');
    });

    it('shows a job that is not found as such', async () => {
      fakeImports({ routes: { 'GET /api/imports/:id': () => problem(404, { title: 'Not Found' }) } });
      renderRoutes(routes, '/imports/9');
      expect(await screen.findByRole('alert')).toHaveTextContent('Dit record bestaat niet (meer).');
    });
  });

  it('speaks English too', async () => {
    await changeLanguage('en');
    fakeImports();
    const { user } = renderRoutes(routes, '/imports/42');
    await screen.findByRole('heading', { level: 1, name: 'Import companies' });
    expect(screen.getByRole('columnheader', { name: 'Read as' })).toBeInTheDocument();
    expect(screen.getByText('is not read')).toBeInTheDocument();
    // worded from the rejection's code in the screen's language, not the API's sentence
    expect(screen.getByText('A KvK number has 8 digits.')).toBeInTheDocument();
    expect(screen.queryByText('must be exactly 8 digits')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('button', { name: 'Import the good rows only' })).toBeInTheDocument();
  });
});
