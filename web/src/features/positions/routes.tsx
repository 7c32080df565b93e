import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { z } from 'zod';
import { instansiRoute } from '../../app/app-route.js';
import { PageLoader } from '../../components/page-loader.js';
import { RouteError } from '../../components/route-error.js';
import { JENJANG } from '../../lib/jenjang.js';
import { positionsQuery, unitsQuery } from './api.js';

/** The register's filters in the URL; a bad value is dropped rather than failing the page. */
const positionsSearch = z.object({
  cari: z.string().max(100).optional().catch(undefined),
  jenjang: z.enum(JENJANG).optional().catch(undefined),
  // The router reads `?kunci=true` as JSON: a boolean.
  kunci: z.boolean().optional().catch(undefined),
  unit: z.string().max(64).optional().catch(undefined),
  halaman: z.coerce.number().int().min(1).optional().catch(undefined),
});

/** `/i/$kode/jabatan`: the position catalogue and its key positions (the key-position register). */
export const positionsRoute = createRoute({
  getParentRoute: () => instansiRoute,
  path: '/jabatan',
  validateSearch: (search) => positionsSearch.parse(search),
  loaderDeps: ({ search }) => search,
  loader: ({ context, params, deps }) =>
    Promise.all([
      context.queryClient.ensureQueryData(positionsQuery(params.kode, deps)),
      context.queryClient.ensureQueryData(unitsQuery(params.kode)),
    ]),
  component: lazyRouteComponent(() => import('./positions-route.js'), 'PositionsRoute'),
  pendingComponent: PageLoader,
  errorComponent: RouteError,
});
