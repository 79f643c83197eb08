import { Hono } from 'hono'
import type { AppEnv } from '#src/http/types.ts'
import { applyRoutes } from './routes-apply.tsx'
import { manageRoutes } from './routes-manage.tsx'
import { publicRoutes } from './routes-public.tsx'

/** Mobility calls: coordinators' pages, applications and selection, and the public pages. */
export const callRoutes = new Hono<AppEnv>()
  .route('/', manageRoutes)
  .route('/', applyRoutes)
  .route('/', publicRoutes)
