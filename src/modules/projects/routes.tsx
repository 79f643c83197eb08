import { Hono } from 'hono'
import type { AppEnv } from '#src/http/types.ts'
import { calendarPublicRoutes } from './routes/calendar-public.tsx'
import { deliverableRoutes } from './routes/deliverables.tsx'
import { meetingRoutes } from './routes/meetings.tsx'
import { portfolioRoutes } from './routes/portfolio.tsx'
import { workRoutes } from './routes/work.tsx'

/** Every page of the projects module; the calendar comes first so `/app/projects/calendar` is not an id. */
export const projectRoutes = new Hono<AppEnv>()
  .route('/', calendarPublicRoutes)
  .route('/', portfolioRoutes)
  .route('/', workRoutes)
  .route('/', deliverableRoutes)
  .route('/', meetingRoutes)
