import { Hono } from 'hono'
import type { AppEnv } from '#src/http/types.ts'
import { accountRoutes } from '#src/modules/account/web.ts'
import { plansRoutes } from '#src/modules/action-plans/web.ts'
import { tokenRoutes } from '#src/modules/api-tokens/web.ts'
import { assessmentWebRoutes } from '#src/modules/assessment/web.ts'
import { auditRoutes } from '#src/modules/audit-trail/web.ts'
import { authRoutes } from '#src/modules/auth/web.ts'
import { budgetsRoutes } from '#src/modules/budgets/web.ts'
import { callRoutes } from '#src/modules/calls/web.ts'
import { catalogueRoutes } from '#src/modules/catalogue/web.ts'
import { competenceRoutes } from '#src/modules/competences/web.ts'
import { credentialRoutes } from '#src/modules/credentials/web.ts'
import { curriculaRoutes } from '#src/modules/curricula/web.ts'
import { documentRoutes } from '#src/modules/documents/web.ts'
import { eventRoutes, publicEventRoutes } from '#src/modules/events/web.ts'
import { fundingRoutes } from '#src/modules/funding/web.ts'
import { grantRateRoutes, grantRoutes } from '#src/modules/grants/web.ts'
import { homeRoutes } from '#src/modules/home/web.ts'
import { invitationRoutes } from '#src/modules/invitations/web.ts'
import { learningRoutes } from '#src/modules/learning/web.ts'
import { outboxRoutes } from '#src/modules/mail/web.ts'
import { membersRoutes } from '#src/modules/members/web.ts'
import { mobilityRoutes } from '#src/modules/mobility/web.ts'
import { reportRoutes } from '#src/modules/mobility-reports/web.ts'
import { networkRoutes } from '#src/modules/network/web.ts'
import { newsRoutes } from '#src/modules/news/web.ts'
import { organisationRoutes } from '#src/modules/organisations/web.ts'
import { projectRoutes } from '#src/modules/projects/web.ts'

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
  .route('/', learningRoutes)
  .route('/', competenceRoutes)
  .route('/', curriculaRoutes)
  .route('/', fundingRoutes)
  .route('/', credentialRoutes)
  .route('/', assessmentWebRoutes)
  .route('/', plansRoutes)
  .route('/', catalogueRoutes)
