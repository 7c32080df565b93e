import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { instansiRoute } from '../../app/app-route.js';
import { PageLoader } from '../../components/page-loader.js';
import { RouteError } from '../../components/route-error.js';
import { ruleSetQuery, ruleSetsQuery } from './api.js';

/** `/i/$kode/aturan`: the rule sets the instansi may use (built-in and its own), copy. */
export const ruleSetsRoute = createRoute({
  getParentRoute: () => instansiRoute,
  path: '/aturan',
  loader: ({ context, params }) => context.queryClient.ensureQueryData(ruleSetsQuery(params.kode)),
  component: lazyRouteComponent(() => import('./rule-sets-route.js'), 'RuleSetsRoute'),
  pendingComponent: PageLoader,
  errorComponent: RouteError,
});

/** `/i/$kode/aturan/jalankan`: start a mapping run (a background job) and follow it. */
export const runMappingRoute = createRoute({
  getParentRoute: () => instansiRoute,
  path: '/aturan/jalankan',
  loader: ({ context, params }) => context.queryClient.ensureQueryData(ruleSetsQuery(params.kode)),
  component: lazyRouteComponent(() => import('./run-mapping-route.js'), 'RunMappingRoute'),
  pendingComponent: PageLoader,
  errorComponent: RouteError,
});

/** `/i/$kode/aturan/$aturan` (`kode@versi`): one version; a draft is edited, simulated and published here. */
export const ruleSetRoute = createRoute({
  getParentRoute: () => instansiRoute,
  path: '/aturan/$aturan',
  loader: ({ context, params }) =>
    context.queryClient.ensureQueryData(ruleSetQuery(params.kode, params.aturan)),
  component: lazyRouteComponent(() => import('./rule-set-route.js'), 'RuleSetRoute'),
  pendingComponent: PageLoader,
  errorComponent: RouteError,
});
