/** What the composition root mounts: this module's pages and API. Other modules use index.ts. */

import { Hono } from 'hono'
import type { AppEnv } from '#src/http/types.ts'
import { assessmentRoutes } from './routes.tsx'
import { surveyRoutes } from './routes-survey.tsx'

export { registerAssessmentApi } from './api.ts'

/** The staff's pages under /app/assessment and the public answering pages under /:locale/survey. */
export const assessmentWebRoutes = new Hono<AppEnv>()
  .route('/', assessmentRoutes)
  .route('/', surveyRoutes)
