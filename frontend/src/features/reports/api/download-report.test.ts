import { describe, expect, it } from 'vitest';
import { installFakeApi, problem } from '@/testing/fake-api';
import { downloadReport } from '@/features/reports/api/download-report';
import { ApiProblem } from '@/lib/problem';

describe('downloading a report', () => {
  it('asks for the format with the current filters and the bearer token, named as the server says', async () => {
    const api = installFakeApi({
      'GET /api/reports/breakdown': () =>
        new Response('key,position,stageId,companies\r\nCharlois,1,1,3\r\n', {
          headers: { 'Content-Type': 'text/csv; charset=UTF-8', 'Content-Disposition': 'attachment; filename="breakdown-district.csv"' },
        }),
    });

    const file = await downloadReport({
      report: 'breakdown',
      format: 'csv',
      filters: { programmeId: 1, from: '2026-01-01', to: '2026-12-31', district: '', sizeClass: 'SMALL' },
      extra: { by: 'district' },
    }, 'nl');

    const request = api.sent('GET', '/api/reports/breakdown')[0]!;
    expect(Object.fromEntries(request.url.searchParams)).toEqual({
      programmeId: '1',
      from: '2026-01-01',
      to: '2026-12-31',
      sizeClass: 'SMALL',
      by: 'district',
      format: 'csv',
    });
    expect(request.headers.get('Authorization')).toBe('Bearer test-token');
    expect(file.filename).toBe('breakdown-district.csv');
    expect(await file.blob.text()).toMatch(/^key,position,stageId,companies\r\n/);
  });

  it('names the file after the report when the server does not', async () => {
    installFakeApi({ 'GET /api/reports/needs': () => new Response(new Uint8Array([80, 75, 3, 4])) });
    const file = await downloadReport({ report: 'needs', format: 'xlsx', filters: { programmeId: 2 } }, 'nl');
    expect(file.filename).toBe('needs.xlsx');
  });

  it('turns a refusal into a problem the panel can show', async () => {
    installFakeApi({ 'GET /api/reports/funnel': () => problem(400, { title: 'Bad Request', detail: 'programmeId is required for this report' }) });
    const failure = downloadReport({ report: 'funnel', format: 'csv', filters: {} }, 'nl');
    await expect(failure).rejects.toBeInstanceOf(ApiProblem);
    await expect(failure).rejects.toMatchObject({ status: 400, detail: 'programmeId is required for this report' });
  });
});
