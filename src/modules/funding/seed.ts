import type { DbOrTx } from '#src/db/client.ts'
import { zonedToInstant } from '#src/lib/dates.ts'
import { countriesOf } from './eligibility.ts'
import { fundingDeadlines, fundingOpportunities } from './schema.ts'
import { SEED_OPPORTUNITIES } from './seed-opportunities.ts'

/**
 * Adds the seeded opportunities to the shared register (organisation null), each once: a row
 * whose `seedKey` exists is left as it is, since an operator may have corrected it. Returns how
 * many were added. Used by the demo and by `npm run ura -- seed-funding` on a real install.
 */
export async function seedFundingOpportunities(db: DbOrTx): Promise<number> {
  let added = 0
  for (const s of SEED_OPPORTUNITIES) {
    const anyType = s.eligibility.some((r) => r.organisationTypes.length === 0)
    const [row] = await db
      .insert(fundingOpportunities)
      .values({
        organisationId: null,
        seedKey: s.key,
        programme: s.programme,
        actionCode: s.actionCode,
        title: s.title,
        summary: s.summary,
        budgetMinEur: s.budgetMinEur,
        budgetMaxEur: s.budgetMaxEur,
        budgetNote: s.budgetNote,
        eligibleCountries: countriesOf(s.eligibility),
        organisationTypes: anyType
          ? []
          : [...new Set(s.eligibility.flatMap((r) => r.organisationTypes))],
        roles: s.roles,
        coFinancingRate: s.coFinancingRate,
        url: s.url,
        applicationLanguages: s.applicationLanguages,
        eligibility: s.eligibility,
        confidence: s.confidence,
        sourceNote: s.sourceNote,
      })
      .onConflictDoNothing({ target: fundingOpportunities.seedKey })
      .returning({ id: fundingOpportunities.id })
    if (!row) continue
    added++
    const deadlines = s.deadlines.map((d) => {
      const at = zonedToInstant(d.local, d.timeZone)
      if (!at) throw new Error(`funding seed ${s.key}: bad deadline ${d.local}`)
      return { opportunityId: row.id, at, timeZone: d.timeZone }
    })
    if (deadlines.length > 0) await db.insert(fundingDeadlines).values(deadlines)
  }
  return added
}
