import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { z } from 'zod';
import { instansiRoute, signedInRoute } from '../../app/app-route.js';
import { PageLoader } from '../../components/page-loader.js';
import { RouteError } from '../../components/route-error.js';
import { instansiSummaryQuery, provinceSummaryQuery } from './api.js';

/** `/provinsi`: the 15 governments side by side (Admin Provinsi, a province's Auditor). */
export const provinceRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/provinsi',
  loader: ({ context }) => context.queryClient.ensureQueryData(provinceSummaryQuery()),
  component: lazyRouteComponent(() => import('./province-page.js'), 'ProvincePage'),
  pendingComponent: PageLoader,
  errorComponent: RouteError,
});

const instansiSearch = z.object({
  periode: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
});

/** `/i/$kode/`: the dashboard of one instansi; `?periode=` picks the data-quality year. */
export const instansiDashboardRoute = createRoute({
  getParentRoute: () => instansiRoute,
  path: '/',
  validateSearch: (search) => instansiSearch.parse(search),
  loader: ({ context, params }) => context.queryClient.ensureQueryData(instansiSummaryQuery(params.kode)),
  component: lazyRouteComponent(() => import('./instansi-dashboard-route.js'), 'InstansiDashboardRoute'),
  pendingComponent: PageLoader,
  errorComponent: RouteError,
});
