import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { signedInRoute } from '../../app/app-route.js';
import { PageLoader } from '../../components/page-loader.js';
import { RouteError } from '../../components/route-error.js';
import { ownCardQuery } from './api.js';

/** `/saya`: a Pegawai's own card. */
export const myCardRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/saya',
  loader: ({ context }) => context.queryClient.ensureQueryData(ownCardQuery()),
  component: lazyRouteComponent(() => import('./my-card-page.js'), 'MyCardPage'),
  pendingComponent: PageLoader,
  errorComponent: RouteError,
});
