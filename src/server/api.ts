import { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '#src/http/types.ts'
import { issuesToFieldErrors } from '#src/lib/forms.ts'
import { registerPlansApi } from '#src/modules/action-plans/web.ts'
import { registerTokenApi } from '#src/modules/api-tokens/web.ts'
import { registerAssessmentApi } from '#src/modules/assessment/web.ts'
import { registerBudgetsApi } from '#src/modules/budgets/web.ts'
import { registerCallsApi } from '#src/modules/calls/web.ts'
import { registerCatalogueApi } from '#src/modules/catalogue/web.ts'
import { registerCompetencesApi } from '#src/modules/competences/web.ts'
import { registerCredentialsApi } from '#src/modules/credentials/web.ts'
import { registerCurriculaApi } from '#src/modules/curricula/web.ts'
import { registerDocumentsApi } from '#src/modules/documents/web.ts'
import { registerEventsApi } from '#src/modules/events/web.ts'
import { registerFundingApi } from '#src/modules/funding/web.ts'
import { registerGrantApi } from '#src/modules/grants/web.ts'
import { registerLearningApi } from '#src/modules/learning/web.ts'
import { registerMobilityApi } from '#src/modules/mobility/web.ts'
import { registerReportsApi } from '#src/modules/mobility-reports/web.ts'
import { registerNetworkApi } from '#src/modules/network/web.ts'
import { registerNewsApi } from '#src/modules/news/web.ts'
import { registerOrganisationApi } from '#src/modules/organisations/web.ts'
import { registerProjectApi } from '#src/modules/projects/web.ts'
import { registerMemberApi } from '#src/modules/users/web.ts'

/**
 * The JSON API. Each module adds its `/v1/...` routes with `createRoute`, so the OpenAPI 3.1
 * document at `/api/openapi.json` always matches what is served.
 */
export function apiApp() {
  const api = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        // The same translated messages as the forms, one per field, in the reader's language.
        const t = c.var.t
        const fields = Object.fromEntries(
          Object.entries(issuesToFieldErrors(result.error.issues)).map(([k, key]) => [k, t(key)]),
        )
        return c.json(
          { error: { code: 'INVALID_INPUT', message: t('common:errors.invalidInput'), fields } },
          400,
        )
      }
    },
  })
  api.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description:
      'A personal access token made in Ura (Account → API tokens) or by `npm run ura -- create-token`.',
  })
  api.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Ura API',
      version: '1.0.0',
      license: { name: 'AGPL-3.0-or-later', url: 'https://www.gnu.org/licenses/agpl-3.0.html' },
      description:
        'The JSON API of Ura. Every call acts as the token’s user, in the token’s organisation.',
    },
    servers: [{ url: '/api' }],
  })
  registerGrantApi(api)
  registerOrganisationApi(api)
  registerNetworkApi(api)
  registerTokenApi(api)
  registerProjectApi(api)
  registerMemberApi(api)
  registerCallsApi(api)
  registerMobilityApi(api)
  registerReportsApi(api)
  registerDocumentsApi(api)
  registerBudgetsApi(api)
  registerEventsApi(api)
  registerNewsApi(api)
  registerCredentialsApi(api)
  registerLearningApi(api)
  registerCompetencesApi(api)
  registerCurriculaApi(api)
  registerFundingApi(api)
  registerAssessmentApi(api)
  registerPlansApi(api)
  registerCatalogueApi(api)
  return api
}
