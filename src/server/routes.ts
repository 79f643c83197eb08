import { Hono } from 'hono'
import type { AppEnv } from '#src/http/types.ts'
import { accountRoutes } from '#src/modules/account/index.ts'
import { tokenRoutes } from '#src/modules/api-tokens/index.ts'
import { auditRoutes } from '#src/modules/audit/index.ts'
import { authRoutes } from '#src/modules/auth/index.ts'
import { budgetsRoutes } from '#src/modules/budgets/index.ts'
import { callRoutes } from '#src/modules/calls/index.ts'
import { documentRoutes } from '#src/modules/documents/index.ts'
import { eventRoutes, publicEventRoutes } from '#src/modules/events/index.ts'
import { grantRateRoutes, grantRoutes } from '#src/modules/grants/index.ts'
import { homeRoutes } from '#src/modules/home/index.ts'
import { invitationRoutes } from '#src/modules/invitations/index.ts'
import { outboxRoutes } from '#src/modules/mail/index.ts'
import { mobilityRoutes } from '#src/modules/mobility/index.ts'
import { reportRoutes } from '#src/modules/mobility-reports/index.ts'
import { networkRoutes } from '#src/modules/network/index.ts'
import { newsRoutes } from '#src/modules/news/index.ts'
import { organisationRoutes } from '#src/modules/organisations/index.ts'
import { projectRoutes } from '#src/modules/projects/index.ts'
import { membersRoutes } from '#src/modules/users/index.ts'

/** Every module's pages. A module exports one Hono sub-app; this file only mounts them. */
export const pageRoutes = new Hono<AppEnv>()
  .route('/', authRoutes)
  .route('/', homeRoutes)
  .route('/', organisationRoutes)
  .route('/', invitationRoutes)
  .route('/', membersRoutes)
  .route('/', accountRoutes)
  .route('/', auditRoutes)
  .route('/', outboxRoutes)
  .route('/', tokenRoutes)
  .route('/', grantRoutes)
  .route('/', callRoutes)
  // Before the mobility module's /app/mobility/:id pages: /app/mobility/pipeline is a page of its own.
  .route('/', reportRoutes)
  .route('/', mobilityRoutes)
  .route('/', projectRoutes)
  .route('/', networkRoutes)
  .route('/', newsRoutes)
  .route('/', grantRateRoutes)
  .route('/', eventRoutes)
  .route('/', publicEventRoutes)
  .route('/', budgetsRoutes)
  .route('/', documentRoutes)
