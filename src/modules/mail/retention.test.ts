import { inArray } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { systemCtx } from '../../lib/context.ts'
import { outbox } from './schema.ts'
import { purgeOldOutbox } from './service.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
})

const NOW = new Date('2026-06-30T12:00:00Z')
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000)

async function message(subject: string, status: 'stored' | 'sent' | 'failed', createdAt: Date) {
  const org = await t.make.organisation()
  const [row] = await t.deps.db
    .insert(outbox)
    .values({ tenantId: org.id, to: 'ana@school.test', subject, text: 'Hello', status, createdAt })
    .returning({ id: outbox.id })
  return row!.id
}

describe('purgeOldOutbox', () => {
  it('[OUTBOX][RETENTION]: sent, failed and kept messages older than 180 days go; recent and waiting ones stay', async () => {
    const ids = {
      oldSent: await message('old sent', 'sent', daysAgo(211)),
      oldFailed: await message('old failed', 'failed', daysAgo(192)),
      oldKept: await message('old kept', 'stored', daysAgo(400)),
      edge: await message('exactly 180 days', 'sent', daysAgo(180)),
      recent: await message('recent', 'sent', daysAgo(60)),
      // A state the outbox does not use yet: a message waiting in a delivery queue (ADR 006).
      waiting: await message('waiting', 'queued' as 'stored', daysAgo(500)),
    }
    const ctx = systemCtx(t.deps)
    expect(ctx.env.outboxRetentionDays).toBe(180)
    expect(await purgeOldOutbox(ctx, NOW)).toBe(3)
    const left = await t.deps.db
      .select({ subject: outbox.subject })
      .from(outbox)
      .where(inArray(outbox.id, Object.values(ids)))
    expect(left.map((r) => r.subject).sort()).toEqual(['exactly 180 days', 'recent', 'waiting'])
    expect(await purgeOldOutbox(ctx, NOW)).toBe(0)
  })

  it('[OUTBOX][RETENTION]: URA_OUTBOX_RETENTION_DAYS sets the age', async () => {
    const id = await message('forty days', 'sent', daysAgo(40))
    const ctx = { ...systemCtx(t.deps), env: { ...t.deps.env, outboxRetentionDays: 30 } }
    expect(await purgeOldOutbox(ctx, NOW)).toBeGreaterThanOrEqual(1)
    const left = await t.deps.db
      .select()
      .from(outbox)
      .where(inArray(outbox.id, [id]))
    expect(left).toEqual([])
  })
})
