import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProblemAlert } from '@/components/problem-alert';
import { ApiProblem } from '@/lib/problem';

describe('ProblemAlert', () => {
  it('reads a refused value (403 with field errors) as such, without the field names of the detail', () => {
    const error = new ApiProblem({
      status: 403,
      type: 'urn:aanjager:problem:forbidden',
      title: 'Forbidden',
      detail: "sourceId: is another partner's activity",
      errors: [{ field: 'sourceId', message: "is another partner's activity", code: 'DOES_NOT_BELONG', params: {} }],
    });
    render(<ProblemAlert error={error} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Een gekozen waarde is voor u niet toegestaan. Zie de toelichting bij het gemarkeerde veld.');
    expect(alert).not.toHaveTextContent('sourceId');
  });

  it('words a refusal from its code and params, never with the API’s English detail', () => {
    const error = new ApiProblem({
      status: 409,
      type: 'urn:aanjager:problem:conflict',
      title: 'Conflict with the current state',
      detail: 'Company with KvK number 12345678 already exists: Bakkerij De Zon (id 2)',
      code: 'COMPANY_EXISTS',
      params: { name: 'Bakkerij De Zon', kvkNumber: '12345678' },
    });
    render(<ProblemAlert error={error} />);
    expect(screen.getByRole('alert')).toHaveTextContent(/^Er is al een bedrijf met dit KvK-nummer: Bakkerij De Zon\.$/);
  });

  it('words a problem without a code from its type', () => {
    const error = new ApiProblem({ status: 403, type: 'urn:aanjager:problem:forbidden', title: 'Forbidden', detail: 'Only the organisers manage this event' });
    render(<ProblemAlert error={error} />);
    expect(screen.getByRole('alert')).toHaveTextContent(/^U hebt geen toestemming voor deze actie\.$/);
  });
});
