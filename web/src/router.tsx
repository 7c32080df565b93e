import type { QueryClient } from '@tanstack/react-query';
import { createRouter } from '@tanstack/react-router';
import { homeRoute, instansiRoute, signedInRoute } from './app/app-route.js';
import { rootRoute } from './app/root-route.js';
import { PageLoader } from './components/page-loader.js';
import { RouteError } from './components/route-error.js';
import { auditRoute } from './features/audit/routes.js';
import { signInRoute } from './features/auth/routes.js';
import { instansiDashboardRoute, provinceRoute } from './features/dashboard/routes.js';
import { employeesRoute, talentCardRoute } from './features/employees/routes.js';
import { movementRoute, nineBoxRoute } from './features/mapping/routes.js';
import { importRoute } from './features/imports/routes.js';
import { myCardRoute } from './features/my-card/routes.js';
import { positionsRoute } from './features/positions/routes.js';
import {
  provincialPoolRoute,
  slateRoute,
  successionRoute,
  successionSettingsRoute,
  talentPoolRoute,
} from './features/succession/routes.js';
import { ruleSetRoute, ruleSetsRoute, runMappingRoute } from './features/rule-sets/routes.js';

/**
 * The route tree: the only place that knows every feature. A feature defines its routes in
 * `features/<f>/routes.tsx` (under `signedInRoute` or `instansiRoute`) and they are added here.
 */
const routeTree = rootRoute.addChildren([
  signInRoute,
  signedInRoute.addChildren([
    homeRoute,
    provinceRoute,
    auditRoute,
    myCardRoute,
    provincialPoolRoute,
    instansiRoute.addChildren([
      instansiDashboardRoute,
      employeesRoute,
      talentCardRoute,
      nineBoxRoute,
      movementRoute,
      importRoute,
      positionsRoute,
      successionRoute,
      successionSettingsRoute,
      slateRoute,
      talentPoolRoute,
      ruleSetsRoute,
      runMappingRoute,
      ruleSetRoute,
    ]),
  ]),
]);

export function buildRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    // Data comes from TanStack Query's cache; the router must not keep its own stale copy.
    defaultPreloadStaleTime: 0,
    defaultPendingComponent: PageLoader,
    defaultErrorComponent: RouteError,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof buildRouter>;
  }
}
