import { beforeAll, describe, expect, it } from 'vitest'
import { type CliEnv, freshEnv, ura, withDb } from '../../cli/test-helpers.ts'
import { organisations } from '../organisations/schema.ts'
import { memberships, users } from '../users/schema.ts'
import { mobilities, mobilitySensitive } from './schema.ts'

let env: CliEnv
beforeAll(async () => {
  env = await freshEnv()
})

describe('purge-sensitive', () => {
  it('[CLI][PURGE]: deletes medical and emergency data whose retention ended, keeps the rest', async () => {
    await withDb(env, async ({ db }) => {
      const [org] = await db
        .insert(organisations)
        .values({
          slug: 'purge-school',
          name: { en: 'Purge School' },
          type: 'vet_school',
          country: 'AL',
        })
        .returning()
      const [person] = await db.insert(users).values({ displayName: 'Learner' }).returning()
      await db
        .insert(memberships)
        .values({ tenantId: org!.id, userId: person!.id, role: 'learner' })
      const base = {
        tenantId: org!.id,
        participantUserId: person!.id,
        participantType: 'learner' as const,
        sendingOrganisationId: org!.id,
        activityType: 'LM-SHORT-VET',
      }
      const [old, future] = await db
        .insert(mobilities)
        .values([
          { ...base, startDate: '2025-01-06', endDate: '2025-01-26' },
          { ...base, startDate: '2099-01-05', endDate: '2099-01-25' },
        ])
        .returning()
      await db.insert(mobilitySensitive).values([
        {
          tenantId: org!.id,
          mobilityId: old!.id,
          deleteAfter: '2025-02-25',
          medicalInformation: { text: 'x' },
        },
        { tenantId: org!.id, mobilityId: future!.id, deleteAfter: '2099-02-24' },
      ])
    })
    const result = await ura(env, 'purge-sensitive')
    expect(result).toMatchObject({ code: 0, stderr: '' })
    expect(result.stdout).toContain(
      'Deleted the medical and emergency data of 1 mobility (30 days after return).',
    )
    const left = await withDb(env, ({ db }) => db.select().from(mobilitySensitive))
    expect(left.map((r) => r.deleteAfter)).toEqual(['2099-02-24'])
    expect((await ura(env, 'help')).stdout).toContain('purge-sensitive')
  })
})
