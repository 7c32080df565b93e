import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { z } from 'zod';
import { instansiRoute } from '../../app/app-route.js';
import { PageLoader } from '../../components/page-loader.js';
import { RouteError } from '../../components/route-error.js';
import { JENJANG } from '../../lib/jenjang.js';
import { movementQuery, movementYears, nineBoxQuery, runYearsQuery } from './api.js';

const year = z.coerce.number().int().min(2000).max(2100).optional().catch(undefined);
const box = z.coerce.number().int().min(0).max(9).optional().catch(undefined);
const unit = z.string().max(64).optional().catch(undefined);

const nineBoxSearch = z.object({
  periode: year,
  unit,
  jenjang: z.enum(JENJANG).optional().catch(undefined),
  /** The box whose people are listed (0: not mapped). */
  kotak: box,
  halaman: z.coerce.number().int().min(1).optional().catch(undefined),
});

/** `/i/$kode/pemetaan`: the Kotak Manajemen Talenta of a year, filtered; a box lists its people. */
export const nineBoxRoute = createRoute({
  getParentRoute: () => instansiRoute,
  path: '/pemetaan',
  validateSearch: (search) => nineBoxSearch.parse(search),
  loaderDeps: ({ search }) => ({ periode: search.periode, unit: search.unit, jenjang: search.jenjang }),
  loader: ({ context, params, deps }) => context.queryClient.ensureQueryData(nineBoxQuery(params.kode, deps)),
  component: lazyRouteComponent(() => import('./nine-box-route.js'), 'NineBoxRoute'),
  pendingComponent: PageLoader,
  errorComponent: RouteError,
});

const movementSearch = z.object({ dari: year, ke: year, unit, dariKotak: box, keKotak: box });

/** `/i/$kode/pemetaan/pergerakan?dari&ke`: how people moved between the boxes of two years. */
export const movementRoute = createRoute({
  getParentRoute: () => instansiRoute,
  path: '/pemetaan/pergerakan',
  validateSearch: (search) => movementSearch.parse(search),
  loaderDeps: ({ search }) => search,
  loader: async ({ context, params, deps }) => {
    const years = await context.queryClient.ensureQueryData(runYearsQuery(params.kode));
    return context.queryClient.ensureQueryData(
      movementQuery(params.kode, { ...deps, ...movementYears(years, deps) }),
    );
  },
  component: lazyRouteComponent(() => import('./movement-route.js'), 'MovementRoute'),
  pendingComponent: PageLoader,
  errorComponent: RouteError,
});
