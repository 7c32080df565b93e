import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { z } from 'zod';
import { instansiRoute } from '../../app/app-route.js';
import { PageLoader } from '../../components/page-loader.js';
import { RouteError } from '../../components/route-error.js';
import { recentImportsQuery } from './api.js';

const importSearch = z.object({
  /** The import shown under the form (the one just uploaded, or one picked from the list). */
  impor: z.uuid().optional().catch(undefined),
  /** The page of its per-row problems. */
  halaman: z.coerce.number().int().min(1).catch(1).default(1),
});

/** `/i/$kode/impor?impor=&halaman=`: upload a file, see its validation, commit it (Admin Instansi). */
export const importRoute = createRoute({
  getParentRoute: () => instansiRoute,
  path: '/impor',
  validateSearch: (search) => importSearch.parse(search),
  loader: ({ context, params }) => context.queryClient.ensureQueryData(recentImportsQuery(params.kode)),
  component: lazyRouteComponent(() => import('./import-route.js'), 'ImportRoute'),
  pendingComponent: PageLoader,
  errorComponent: RouteError,
});
