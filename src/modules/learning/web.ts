/** What the composition root mounts: this module's pages and API. Other modules use index.ts. */

import { Hono } from 'hono'
import type { AppEnv } from '#src/http/types.ts'
import { courseRoutes } from './routes.tsx'
import { assignmentRoutes } from './routes-assignments.tsx'
import { cohortRoutes } from './routes-cohorts.tsx'
import { publicCourseRoutes } from './routes-public.tsx'
import { reportRoutes } from './routes-reports.tsx'
import { scormRoutes } from './routes-scorm.tsx'
import { transferRoutes } from './routes-transfer.tsx'

export { registerLearningApi } from './api.ts'

/** Every page of the module: courses and lessons, quizzes, assignments, cohorts, the public catalogue. */
export const learningRoutes = new Hono<AppEnv>()
  .route('/', courseRoutes)
  .route('/', assignmentRoutes)
  .route('/', cohortRoutes)
  .route('/', reportRoutes)
  .route('/', scormRoutes)
  .route('/', transferRoutes)
  .route('/', publicCourseRoutes)
