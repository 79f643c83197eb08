import type { Ctx } from '#src/lib/context.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { getCurrentOrganisation } from '../../organisations/index.ts'
import type { Applicant } from '../eligibility.ts'

export type School = Applicant & { name: LocalizedText; defaultLocale: string }

/** The actor's school as the eligibility check sees it (its country and type), or null without one. */
export async function currentSchool(ctx: Ctx): Promise<School | null> {
  if (!ctx.actor?.tenantId) return null
  const org = await getCurrentOrganisation(ctx)
  return {
    country: org.country,
    organisationType: org.type,
    name: org.name,
    defaultLocale: org.defaultLocale,
  }
}
