import '@mantine/core/styles.css';
import './styles.css';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiError, setUnauthenticatedHandler } from './lib/api-client.js';
import { initI18n } from './lib/i18n.js';
import { sessionQuery } from './lib/session.js';
import { buildRouter } from './router.js';
import { theme } from './theme.js';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // A refusal or a missing row will not change by asking again.
      retry: (count, error) =>
        !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
    },
  },
});
const router = buildRouter(queryClient);

// Any 401: the session is gone (expired, ended elsewhere). Forget it and go to the sign-in page.
setUnauthenticatedHandler(() => {
  queryClient.setQueryData(sessionQuery.queryKey, { pengguna: null, csrfToken: null, berakhir: null });
  const here = router.state.location;
  if (here.pathname !== '/masuk') void router.navigate({ to: '/masuk', search: { lanjut: here.href } });
});

await initI18n();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <MantineProvider theme={theme}>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </MantineProvider>
    </StrictMode>,
  );
}
