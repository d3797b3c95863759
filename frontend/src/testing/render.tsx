// Renders routes in a memory router with a fresh query client, as the app does.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router-dom';
import { AppShell } from '@/components/layout/app-shell';
import { PublicShell } from '@/components/layout/public-shell';

/** layout: the app's shell (default) or, for the public pages, the public one. */
export function renderRoutes(children: RouteObject[], path: string, { layout = 'app' }: { layout?: 'app' | 'public' } = {}) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const shell = layout === 'public' ? <PublicShell /> : <AppShell />;
  const router = createMemoryRouter([{ path: '/', element: shell, children }], { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...view, user, router, queryClient };
}
