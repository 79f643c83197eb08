/** What the composition root mounts: this module's pages. Other modules use index.ts. */
import { Hono } from 'hono'
import type { AppEnv } from '#src/http/types.ts'
import { mobilityRoutes as coreRoutes } from './routes.tsx'
import { afterRoutes } from './routes-after.tsx'
import { agreementRoutes } from './routes-agreement.tsx'
import { publicRoutes } from './routes-public.tsx'
import { stayRoutes } from './routes-stay.tsx'

/** Every page of the mobility module, signed-in and public. */
export const mobilityRoutes = new Hono<AppEnv>()
  .route('/', coreRoutes)
  .route('/', agreementRoutes)
  .route('/', stayRoutes)
  .route('/', afterRoutes)
  .route('/', publicRoutes)
export { registerMobilityApi } from './api.ts'
