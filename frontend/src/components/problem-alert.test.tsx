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
      errors: [{ field: 'sourceId', message: "is another partner's activity" }],
    });
    render(<ProblemAlert error={error} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Een gekozen waarde is voor u niet toegestaan. Zie de toelichting bij het gemarkeerde veld.');
    expect(alert).not.toHaveTextContent('sourceId');
  });

  it('keeps the detail of a refusal without fields', () => {
    const error = new ApiProblem({ status: 403, title: 'Forbidden', detail: 'Only the organisers manage this event' });
    render(<ProblemAlert error={error} />);
    expect(screen.getByRole('alert')).toHaveTextContent('U hebt geen toestemming voor deze actie.Only the organisers manage this event');
  });
});
