/** What the composition root mounts: this module's pages and API. Other modules use index.ts. */
import { Hono } from 'hono'
import type { AppEnv } from '#src/http/types.ts'
import { opportunityRoutes } from './routes.tsx'
import { applicationRoutes } from './routes-applications.tsx'

export { registerFundingApi } from './api.ts'

/** The funding register, watch list and application pipeline, under /app/funding. */
export const fundingRoutes = new Hono<AppEnv>()
  .route('/', opportunityRoutes)
  .route('/', applicationRoutes)
