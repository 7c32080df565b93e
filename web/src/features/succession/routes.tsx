import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { z } from 'zod';
import { instansiRoute, signedInRoute } from '../../app/app-route.js';
import { PageLoader } from '../../components/page-loader.js';
import { RouteError } from '../../components/route-error.js';
import {
  POOL_LEVELS,
  benchQuery,
  decisionsQuery,
  keyPositionsQuery,
  poolQuery,
  provincialPoolQuery,
  settingsQuery,
  slateQuery,
} from './api.js';

/** `/i/$kode/suksesi`: key positions with coverage and the bench strength (rules.md §6). */
export const successionRoute = createRoute({
  getParentRoute: () => instansiRoute,
  path: '/suksesi',
  loader: ({ context, params }) =>
    Promise.all([
      context.queryClient.ensureQueryData(keyPositionsQuery(params.kode)),
      context.queryClient.ensureQueryData(benchQuery(params.kode)),
    ]),
  component: lazyRouteComponent(() => import('./key-positions-route.js'), 'KeyPositionsRoute'),
  pendingComponent: PageLoader,
  errorComponent: RouteError,
});

/** `/i/$kode/suksesi/pengaturan`: the succession settings (rules.md §6 "configurable"). */
export const successionSettingsRoute = createRoute({
  getParentRoute: () => instansiRoute,
  path: '/suksesi/pengaturan',
  loader: ({ context, params }) => context.queryClient.ensureQueryData(settingsQuery(params.kode)),
  component: lazyRouteComponent(() => import('./settings-route.js'), 'SettingsRoute'),
  pendingComponent: PageLoader,
  errorComponent: RouteError,
});

/** `/i/$kode/suksesi/$jabatan`: one key position's slate, the eligibility lookup and the comparison. */
export const slateRoute = createRoute({
  getParentRoute: () => instansiRoute,
  path: '/suksesi/$jabatan',
  loader: ({ context, params }) =>
    context.queryClient.ensureQueryData(slateQuery(params.kode, params.jabatan)),
  component: lazyRouteComponent(() => import('./slate-route.js'), 'SlateRoute'),
  pendingComponent: PageLoader,
  errorComponent: RouteError,
});

const poolSearch = z.object({ kelompok: z.enum(POOL_LEVELS).catch('JPT').default('JPT') });

/** `/i/$kode/kelompok-talenta?kelompok=`: the succession pool per job level (rules.md §4). */
export const talentPoolRoute = createRoute({
  getParentRoute: () => instansiRoute,
  path: '/kelompok-talenta',
  validateSearch: (search) => poolSearch.parse(search),
  loaderDeps: ({ search }) => ({ kelompok: search.kelompok }),
  loader: ({ context, params, deps }) =>
    Promise.all([
      context.queryClient.ensureQueryData(poolQuery(params.kode, deps.kelompok)),
      context.queryClient.ensureQueryData(decisionsQuery(params.kode)),
    ]),
  component: lazyRouteComponent(() => import('./talent-pool-route.js'), 'TalentPoolRoute'),
  pendingComponent: PageLoader,
  errorComponent: RouteError,
});

/** `/provinsi/kelompok-talenta`: the provincial JPT pool (Admin Provinsi; the account's own province). */
export const provincialPoolRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/provinsi/kelompok-talenta',
  loader: ({ context }) =>
    context.queryClient.ensureQueryData(provincialPoolQuery(context.user.instansiKode)),
  component: lazyRouteComponent(() => import('./provincial-pool-page.js'), 'ProvincialPoolPage'),
  pendingComponent: PageLoader,
  errorComponent: RouteError,
});
