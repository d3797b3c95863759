import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeApi, json } from '@/testing/fake-api';
import { meAs, referenceRoutes } from '@/testing/network-fixtures';
import { renderRoutes } from '@/testing/render';
import { TimelineSection } from '@/features/timeline/components/timeline-section';

const items = [
  { at: '2026-11-22T10:00:00Z', kind: 'CHANGE', refId: 9, label: 'company.updated', actor: 'staff', confidential: false },
  { at: '2026-11-21T09:00:00Z', kind: 'REFERRAL_ACCEPTED', refId: 3, partnerId: 2, otherPartnerId: 1, text: 'Wij nemen het op', confidential: false },
  // the stage is labelled by its id from the programme's stages, not by the name in the item
  { at: '2026-11-20T12:00:00Z', kind: 'STAGE_REACHED', refId: 4, partnerId: 1, label: 'old name', stageId: 2, text: 'ACTIVITY', programmeId: 1, actor: 'partner1', confidential: false },
  // an activity's moment is the start of its day in Rotterdam
  { at: '2026-11-19T23:00:00Z', kind: 'ACTIVITY', refId: 11, partnerId: 1, label: 'ADVICE_SESSION', programmeId: 1, actor: 'partner1', confidential: true },
  { at: '2026-11-18T23:00:00Z', kind: 'ACTIVITY', refId: 12, partnerId: 2, label: 'PHONE_CALL', text: 'Kort belletje', confidential: false },
  { at: '2026-11-17T18:00:00Z', kind: 'EVENT_REGISTERED', refId: 2, label: 'Inspiratiesessie circulair', text: 'WAITLISTED', programmeId: 1, person: 'Fatima El Amrani', actor: 'system/public', confidential: false },
];

describe('company timeline', () => {
  it('renders each kind with a translated label, partner names and "confidential" for hidden summaries', async () => {
    const api = installFakeApi({
      ...referenceRoutes,
      'GET /api/me': meAs(['partner'], 2),
      'GET /api/companies/:id/timeline': () => json(items),
    });
    renderRoutes([{ path: 'companies/:id', element: <TimelineSection companyId={5} /> }], '/companies/5');

    const timeline = await screen.findByRole('list', { name: 'Tijdlijn' });
    const entries = within(timeline).getAllByRole('listitem');
    expect(entries).toHaveLength(6);
    expect(entries[0]).toHaveTextContent('Wijziging');
    expect(entries[0]).toHaveTextContent('Bedrijfsgegevens gewijzigd');
    expect(entries[1]).toHaveTextContent('Doorverwijzing geaccepteerd');
    expect(entries[1]).toHaveTextContent('Van Kamer van Koophandel Rotterdam naar FME Zuid-Holland');
    expect(entries[2]).toHaveTextContent('Fase bereikt');
    expect(entries[2]).toHaveTextContent('Geïnformeerd in MKB010>>Next 2.0');
    expect(entries[2]).toHaveTextContent('Via activiteit');
    // another partner's confidential activity: it happened, its summary is not shown
    expect(entries[3]).toHaveTextContent('Adviesgesprek');
    expect(entries[3]).toHaveTextContent('Partner: Kamer van Koophandel Rotterdam');
    expect(within(entries[3]!).getByText('vertrouwelijk')).toBeInTheDocument();
    expect(within(entries[3]!).getByText('20 nov 2026')).toBeInTheDocument();
    expect(entries[4]).toHaveTextContent('Telefoongesprek');
    expect(entries[4]).toHaveTextContent('Kort belletje');
    expect(within(entries[4]!).queryByText('vertrouwelijk')).not.toBeInTheDocument();
    expect(entries[5]).toHaveTextContent('Aangemeld voor bijeenkomst');
    expect(entries[5]).toHaveTextContent('Inspiratiesessie circulair');
    expect(entries[5]).toHaveTextContent('Op de wachtlijst');
    expect(entries[5]).toHaveTextContent('Fatima El Amrani · MKB010>>Next 2.0');
    // accounts' user names are not people's names: none of them on the timeline
    expect(timeline).not.toHaveTextContent(/system\/public|partner1|staff/);
    // no extra calls per item: the timeline says itself what is confidential
    expect(api.requests.filter((request) => request.url.pathname === '/api/activities')).toHaveLength(0);
  });
});
