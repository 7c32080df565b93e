import { createRoute, redirect } from '@tanstack/react-router';
import { z } from 'zod';
import { RouteError } from '../components/route-error.js';
import { sessionQuery, type User } from '../lib/session.js';
import { AppLayout } from './app-layout.js';
import { homeOf } from './nav.js';
import { rootRoute } from './root-route.js';
import { NothingHere } from './nothing-here.js';

/**
 * Parents for the pages of the signed-in application. Features hang their routes under these:
 * `signedInRoute` for pages of no instansi (`/provinsi`, `/audit`), `instansiRoute` for pages of one
 * instansi (`/i/$kode/...`; the server checks that the kode is within the account's scope).
 */
export const signedInRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: '_app',
  beforeLoad: async ({ context, location }) => {
    const session = await context.queryClient.ensureQueryData(sessionQuery);
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- TanStack Router redirects by throwing
    if (!session.pengguna) throw redirect({ to: '/masuk', search: { lanjut: location.href } });
    return { user: session.pengguna };
  },
  component: AppLayout,
  errorComponent: RouteError,
});

/** `/`: each role's first page (nav.ts), or a plain note when the web app has none for the role yet. */
export const homeRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/',
  beforeLoad: ({ context }) => {
    const home = homeOf((context as { user: User }).user);
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- TanStack Router redirects by throwing
    if (home) throw redirect(home);
  },
  component: NothingHere,
});

export const instansiRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/i/$kode',
  params: {
    parse: (p) => ({
      kode: z
        .string()
        .regex(/^[A-Za-z0-9._-]{1,32}$/)
        .parse(p.kode),
    }),
    stringify: (p) => ({ kode: p.kode }),
  },
  errorComponent: RouteError,
});
