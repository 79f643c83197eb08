import { Hono } from 'hono'
import type { AppEnv } from '#src/http/types.ts'
import { directoryRoutes } from './routes-directory.tsx'
import { hostRoutes } from './routes-hosts.tsx'
import { partnershipRoutes } from './routes-partnerships.tsx'
import { twinningRoutes } from './routes-twinning.tsx'
// Registers the partners section of the organisation's public profile.
import './profile-section.tsx'

/** Every page of the partner network, under `/app/network`. */
export const networkRoutes = new Hono<AppEnv>()
  .route('/', directoryRoutes)
  .route('/', partnershipRoutes)
  .route('/', twinningRoutes)
  .route('/', hostRoutes)
