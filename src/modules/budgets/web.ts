/** What the composition root mounts: this module's pages. Other modules use index.ts. */
import { Hono } from 'hono'
import type { AppEnv } from '#src/http/types.ts'
import { budgetRoutes } from './routes.tsx'
import { entryRoutes } from './routes-entries.tsx'

/** Every page of the money part of a project. */
export const budgetsRoutes = new Hono<AppEnv>().route('/', budgetRoutes).route('/', entryRoutes)
export { registerBudgetsApi } from './api.ts'
