import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { z } from 'zod';
import { signedInRoute } from '../../app/app-route.js';
import { PageLoader } from '../../components/page-loader.js';
import { RouteError } from '../../components/route-error.js';
import { auditPageQuery } from './api.js';

const auditSearch = z.object({
  instansi: z.string().max(32).optional().catch(undefined),
  halaman: z.coerce.number().int().min(1).catch(1).default(1),
});

/** `/audit?instansi=&halaman=`: the audit log (Auditor). */
export const auditRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/audit',
  validateSearch: (search) => auditSearch.parse(search),
  loaderDeps: ({ search }) => search,
  loader: ({ context, deps }) => context.queryClient.ensureQueryData(auditPageQuery(deps)),
  component: lazyRouteComponent(() => import('./audit-route.js'), 'AuditRoute'),
  pendingComponent: PageLoader,
  errorComponent: RouteError,
});
