import { createRoute, redirect } from '@tanstack/react-router';
import { z } from 'zod';
import { rootRoute } from '../../app/root-route.js';
import { sessionQuery } from '../../lib/session.js';
import { SignInPage } from './sign-in-page.js';

const searchSchema = z.object({ lanjut: z.string().max(2000).optional().catch(undefined) });

/**
 * `/masuk`: the sign-in page, part of the first bundle (it is the first page a visitor sees). A signed-in
 * visitor goes straight on.
 */
export const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/masuk',
  validateSearch: (search) => searchSchema.parse(search),
  beforeLoad: async ({ context }) => {
    const session = await context.queryClient.ensureQueryData(sessionQuery);
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- TanStack Router redirects by throwing
    if (session.pengguna) throw redirect({ to: '/' });
  },
  component: function SignInRoute() {
    const { lanjut } = signInRoute.useSearch();
    return <SignInPage next={lanjut} />;
  },
});
