import { Hono } from 'hono'
import type { AppEnv } from '#src/http/types.ts'
import { budgetRoutes } from './routes.tsx'
import { entryRoutes } from './routes-entries.tsx'

/** Every page of the money part of a project. */
export const budgetsRoutes = new Hono<AppEnv>().route('/', budgetRoutes).route('/', entryRoutes)

export { loadBudgetsDemo } from './demo.ts'
export * from './money.ts'
export * from './schema.ts'
export { type BudgetSummary, getBudgetSummary } from './summary.ts'
