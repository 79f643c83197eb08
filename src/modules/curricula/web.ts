/** What the composition root mounts: this module's pages and API. Other modules use index.ts. */
import { Hono } from 'hono'
import type { AppEnv } from '#src/http/types.ts'
import { curriculumRoutes } from './routes.tsx'
import { guidebookRoutes } from './routes-guidebooks.tsx'

export { registerCurriculaApi } from './api.ts'

/** The curricula and the guidebook library, both under /app/learning. */
export const curriculaRoutes = new Hono<AppEnv>()
  .route('/', curriculumRoutes)
  .route('/', guidebookRoutes)
