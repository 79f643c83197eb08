import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { credentialPdf } from './pdf.ts'
import { credentials } from './schema.ts'
import {
  credentialBySource,
  credentialsBySources,
  issueCredential,
  revokeCredential,
} from './service.ts'
import { issueTestCredential } from './test-support.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
})

describe('issueCredential', () => {
  it('[CREDENTIALS][ISSUE]: a second issue for the same source returns the first credential', async () => {
    const org = await t.make.organisation()
    const sourceId = crypto.randomUUID()
    const first = await issueTestCredential(t.deps.db, org.id, { sourceId })
    expect(first.code).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/)
    expect(first.issuedAt.toISOString()).toBe('2026-11-20T10:15:30.000Z')
    const again = await issueTestCredential(t.deps.db, org.id, {
      sourceId,
      recipientName: 'Someone else',
    })
    expect(again.id).toBe(first.id)
    expect(again.recipientName).toBe('Ана Петровска')
    const rows = await t.deps.db
      .select()
      .from(credentials)
      .where(eq(credentials.sourceId, sourceId))
    expect(rows).toHaveLength(1)
    // Another kind with the same source id is another credential.
    const event = await issueTestCredential(t.deps.db, org.id, { sourceId, kind: 'event' })
    expect(event.id).not.toBe(first.id)
    expect((await credentialBySource(t.deps.db, 'course', sourceId))?.id).toBe(first.id)
    const map = await credentialsBySources(t.deps.db, 'course', [sourceId, crypto.randomUUID()])
    expect([...map.keys()]).toEqual([sourceId])
    expect(await credentialsBySources(t.deps.db, 'course', [])).toEqual(new Map())
  })

  it('[CREDENTIALS][ISSUE]: runs inside the caller’s transaction (rolled back with it)', async () => {
    const org = await t.make.organisation()
    const sourceId = crypto.randomUUID()
    await expect(
      t.deps.db.transaction(async (tx) => {
        await issueTestCredential(tx, org.id, { sourceId })
        throw new Error('the caller fails')
      }),
    ).rejects.toThrow('the caller fails')
    expect(await credentialBySource(t.deps.db, 'course', sourceId)).toBeNull()
    await t.deps.db.transaction((tx) =>
      issueCredential(tx, {
        tenantId: org.id,
        kind: 'curriculum',
        sourceId,
        recipientUserId: null,
        recipientName: 'Arta',
        recipientEmail: null,
        locale: 'sq',
        achievement: { name: { sq: 'Programi' }, description: {}, criteria: {}, alignments: [] },
        issuedAt: new Date(),
      }),
    )
    expect((await credentialBySource(t.deps.db, 'curriculum', sourceId))?.recipientName).toBe(
      'Arta',
    )
  })
})

describe('revokeCredential', () => {
  it('[CREDENTIALS][REVOKE]: a coordinator revokes with a reason; twice is refused; audited', async () => {
    const { user, tenantId } = await t.make.member('coordinator')
    const credential = await issueTestCredential(t.deps.db, tenantId)
    const ctx = await t.ctxFor(user.id, tenantId)
    const revoked = await revokeCredential(ctx, credential.id, '  Issued by mistake ')
    expect(revoked.revokedAt).toBeInstanceOf(Date)
    expect(revoked.revokedReason).toBe('Issued by mistake')
    await expect(revokeCredential(ctx, credential.id, 'again')).rejects.toMatchObject({
      code: 'INVALID_STATE',
    })
  })

  it('[CREDENTIALS][TENANCY]: another organisation’s credential is not found; staff are forbidden', async () => {
    const other = await t.make.member('org_admin')
    const staff = await t.make.member('staff')
    const credential = await issueTestCredential(t.deps.db, staff.tenantId)
    const otherCtx = await t.ctxFor(other.user.id, other.tenantId)
    await expect(revokeCredential(otherCtx, credential.id, 'no')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    await expect(revokeCredential(otherCtx, 'not-a-uuid', 'no')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    const staffCtx = await t.ctxFor(staff.user.id, staff.tenantId)
    await expect(revokeCredential(staffCtx, credential.id, 'no')).rejects.toMatchObject({
      code: 'FORBIDDEN',
    })
  })
})

describe('credentialPdf', () => {
  it('[CREDENTIALS][PDF]: a landscape PDF in Macedonian, with the name and the verification link', async () => {
    const org = await t.make.organisation({
      name: { en: 'VET School', mk: 'Средно стручно училиште' },
    })
    const credential = await issueTestCredential(t.deps.db, org.id)
    const pdf = await credentialPdf(t.deps.db, 'http://ura.test', credential.code, 'mk', {
      compress: false,
    })
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    const raw = pdf.toString('latin1')
    expect(raw).toMatch(/\/MediaBox \[0 0 841\.\d+ 595\.\d+\]/) // A4 landscape
    expect(raw).toContain('/Lang (mk)')
    expect(raw).toContain(`http://ura.test/mk/credentials/${credential.code}`)
    await expect(
      credentialPdf(t.deps.db, 'http://ura.test', 'AAAAA-AAAAA', 'mk'),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
  })
})
