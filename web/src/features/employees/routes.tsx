import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { z } from 'zod';
import { instansiRoute } from '../../app/app-route.js';
import { PageLoader } from '../../components/page-loader.js';
import { RouteError } from '../../components/route-error.js';
import { JENJANG } from '../../lib/jenjang.js';
import { SORTS, employeeListQuery, talentCardQuery, unitsQuery } from './api.js';

const sortValues = SORTS.flatMap((s) => [s, `-${s}`]) as [string, ...string[]];

/** The list's filters in the URL; a bad value is dropped rather than failing the page. */
export const listSearch = z.object({
  cari: z.string().max(100).optional().catch(undefined),
  unit: z.string().max(64).optional().catch(undefined),
  jenjang: z.enum(JENJANG).optional().catch(undefined),
  periode: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  kotak: z.coerce.number().int().min(0).max(9).optional().catch(undefined),
  halaman: z.coerce.number().int().min(1).optional().catch(undefined),
  urut: z.enum(sortValues).optional().catch(undefined),
});

/** `/i/$kode/pegawai`: the employees within the actor's reach, searched, filtered and paged on the server. */
export const employeesRoute = createRoute({
  getParentRoute: () => instansiRoute,
  path: '/pegawai',
  validateSearch: (search) => listSearch.parse(search),
  loaderDeps: ({ search }) => search,
  loader: ({ context, params, deps }) =>
    Promise.all([
      context.queryClient.ensureQueryData(employeeListQuery(params.kode, deps)),
      context.queryClient.ensureQueryData(unitsQuery(params.kode)),
    ]),
  component: lazyRouteComponent(() => import('./employee-list-route.js'), 'EmployeeListRoute'),
  pendingComponent: PageLoader,
  errorComponent: RouteError,
});

/** `/i/$kode/pegawai/$nip`: one employee's talent card. */
export const talentCardRoute = createRoute({
  getParentRoute: () => instansiRoute,
  path: '/pegawai/$nip',
  loader: ({ context, params }) =>
    context.queryClient.ensureQueryData(talentCardQuery(params.kode, params.nip)),
  component: lazyRouteComponent(() => import('./talent-card-route.js'), 'TalentCardRoute'),
  pendingComponent: PageLoader,
  errorComponent: RouteError,
});
