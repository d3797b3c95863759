// The public pages: no Keycloak, the API client without a token (see main.tsx).
import { QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, Navigate, RouterProvider, type RouteObject } from 'react-router-dom';
import { PublicShell } from '@/components/layout/public-shell';
import { createQueryClient } from '@/app/query-client';
import { PublicEventsListRoute } from '@/features/public-events/routes/public-events-list';
import { PublicEventRoute } from '@/features/public-events/routes/public-event-page';
import { CancelRegistrationRoute } from '@/features/public-events/routes/cancel-registration-page';

export const publicRoutes: RouteObject[] = [
  {
    path: '/',
    element: <PublicShell />,
    children: [
      { path: 'publiek/bijeenkomsten', element: <PublicEventsListRoute /> },
      { path: 'publiek/bijeenkomsten/:id', element: <PublicEventRoute /> },
      { path: 'aanmelden/annuleren', element: <CancelRegistrationRoute /> },
      { path: '*', element: <Navigate to="/publiek/bijeenkomsten" replace /> },
    ],
  },
];

const queryClient = createQueryClient();
const router = createBrowserRouter(publicRoutes);

export function PublicApp() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
