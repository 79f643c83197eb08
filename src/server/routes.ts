import { Hono } from 'hono'
import { authRoutes } from '#src/modules/auth/index.ts'
import { homeRoutes } from '#src/modules/home/index.ts'
import type { AppEnv } from './types.ts'

/** Every module's pages. A module exports one Hono sub-app; this file only mounts them. */
export const pageRoutes = new Hono<AppEnv>().route('/', authRoutes).route('/', homeRoutes)
