import { eq } from 'drizzle-orm'
import type { TestApp } from '../../../tests/setup/app.ts'
import { nationalAgencyRates } from '../grants/schema.ts'
import { mobilities } from '../mobility/schema.ts'
import { organisations } from '../organisations/schema.ts'
import { projects } from '../projects/schema.ts'

type MobilityRow = typeof mobilities.$inferInsert

/**
 * A sending school in Germany (Köln) with a coordinator, a staff member and a learner; a receiving
 * school in Greece (Thessaloniki, 1,390 km away as the crow flies); a KA121 project of the school
 * with a project number; the German National Agency's rates for 2026; and an outsider school.
 */
export async function makeReportsWorld(t: TestApp) {
  const db = t.deps.db
  const school = await t.make.organisation({ country: 'DE', city: 'Köln' })
  await db
    .update(organisations)
    .set({ latitude: '50.941300', longitude: '6.958000', erasmusOid: `E1${school.id.slice(0, 7)}` })
    .where(eq(organisations.id, school.id))
  const host = await t.make.organisation({ country: 'GR', city: 'Thessaloniki' })
  await db
    .update(organisations)
    .set({ latitude: '40.633600', longitude: '22.944200', erasmusOid: `E2${host.id.slice(0, 7)}` })
    .where(eq(organisations.id, host.id))
  const coordinator = await t.make.member('coordinator', { tenantId: school.id })
  const staff = await t.make.member('staff', { tenantId: school.id })
  const learner = await t.make.member('learner', { tenantId: school.id, displayName: 'Lena Vogel' })
  const outsider = await t.make.member('coordinator')
  const [project] = await db
    .insert(projects)
    .values({
      tenantId: school.id,
      slug: `ka121-${school.id.slice(0, 8)}`,
      acronym: 'KA121-KOELN',
      title: { en: 'VET mobility 2026' },
      grantNumber: '2026-1-DE02-KA121-VET-000123456',
      status: 'running',
    })
    .returning()
  const rates = [
    ['learner', 1, '94.00'],
    ['learner', 2, '82.00'],
    ['learner', 3, '70.00'],
    ['staff', 1, '162.00'],
    ['staff', 2, '144.00'],
    ['staff', 3, '126.00'],
  ] as const
  await db
    .insert(nationalAgencyRates)
    .values(
      rates.map(([participantType, countryGroup, ratePerDay]) => ({
        callYear: 2026,
        sendingCountry: 'DE',
        participantType,
        countryGroup,
        ratePerDay,
      })),
    )
    .onConflictDoNothing()

  /** A mobility of the school's learner to the Greek host (short-term, 20 days) unless told otherwise. */
  async function mobility(over: Partial<MobilityRow> = {}) {
    const [row] = await db
      .insert(mobilities)
      .values({
        tenantId: school.id,
        projectId: project!.id,
        participantUserId: learner.user.id,
        participantType: 'learner',
        sendingOrganisationId: school.id,
        receivingOrganisationId: host.id,
        receivingCountry: 'GR',
        activityType: 'LM-SHORT-VET',
        startDate: '2026-09-01',
        endDate: '2026-09-20',
        status: 'approved',
        ...over,
      })
      .returning()
    return row!
  }
  return { school, host, coordinator, staff, learner, outsider, project: project!, mobility }
}
