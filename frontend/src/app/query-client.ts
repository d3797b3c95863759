import { QueryClient } from '@tanstack/react-query';
import { isApiProblem } from '@/lib/problem';

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // a 4xx will not get better by asking again
        retry: (failureCount, error) => !(isApiProblem(error) && error.status < 500) && failureCount < 2,
        refetchOnWindowFocus: false,
      },
    },
  });
}
