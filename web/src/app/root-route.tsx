import type { QueryClient } from '@tanstack/react-query';
import { Outlet, createRootRouteWithContext } from '@tanstack/react-router';
import { RouteError } from '../components/route-error.js';
import { NotFound } from './not-found.js';

/** What every route's `beforeLoad` and `loader` receive: the query client, to load data before render. */
export type RouterContext = { queryClient: QueryClient };

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  errorComponent: RouteError,
  notFoundComponent: NotFound,
});
