import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { textOf } from '../../../tests/setup/client.ts'
import { auditLog } from '../audit/schema.ts'
import { recordAudit } from '../audit/service.ts'
import { organisations } from '../organisations/schema.ts'
import { AUDIT_PAGE_SIZE } from './service.ts'

let t: TestApp

/** The text of the table body only (the filter's options name every action too). */
async function rowsOf(res: Response) {
  const html = await res.text()
  const body = html.match(/<tbody>([\s\S]*)<\/tbody>/)?.[1] ?? ''
  return textOf(new Response(body))
}

beforeAll(async () => {
  t = await setupTestApp()
})

async function adminOfNewOrg() {
  const admin = await t.make.member('org_admin', { displayName: 'Ana Admin' })
  const ctx = await t.ctxFor(admin.user.id, admin.tenantId)
  return { ...admin, ctx, client: await t.signedIn(admin.login) }
}

describe('/app/audit', () => {
  it('[AUDIT][ANONYMOUS]: a visitor is sent to sign in', async () => {
    const res = await t.anonymous().get('/app/audit')
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toBe('/signin?next=%2Fapp%2Faudit')
  })

  it('[AUDIT][ROLE]: only organisation administrators read it (coordinator 403)', async () => {
    const { login } = await t.make.member('coordinator')
    expect((await (await t.signedIn(login)).get('/app/audit')).status).toBe(403)
  })

  it('[AUDIT][LIST]: shows who, what, which record and the changes, translated', async () => {
    const { ctx, client, tenantId } = await adminOfNewOrg()
    const learner = await t.make.member('staff', { tenantId, displayName: 'Besa Berisha' })
    await recordAudit(ctx, {
      tenantId,
      action: 'membership.role_changed',
      entityType: 'membership',
      entityId: learner.membership.id,
      changes: { role: { from: 'staff', to: 'coordinator' } },
    })
    await recordAudit(
      { ...ctx, actor: null },
      {
        tenantId,
        action: 'user.updated',
        entityType: 'user',
        entityId: learner.user.id,
        // Even a raw value stored by mistake never shows for a sensitive field.
        changes: {
          phone: { from: '+355 69 111 1111', to: '+355 69 222 2222' },
          title: { to: 'Mentor' },
        },
      },
    )
    await recordAudit(ctx, {
      tenantId,
      action: 'mobility.teleported',
      entityType: 'mobility',
      entityId: 'abc',
    })
    const res = await client.get('/app/audit')
    expect(res.status).toBe(200)
    const text = await textOf(res)
    expect(text).toContain('Role changed')
    expect(text).toContain('Ana Admin')
    expect(text).toContain('Membership Besa Berisha')
    expect(text).toContain('Role: Staff member → International Office coordinator')
    expect(text).toContain('Personal details changed')
    expect(text).toContain('System')
    expect(text).toContain('Phone: changed')
    expect(text).not.toContain('111 1111')
    expect(text).not.toContain('222 2222')
    expect(text).toContain('Job title: Mentor')
    expect(text).toContain('Other change (mobility.teleported)')
  })

  it('[AUDIT][TENANCY]: another organisation’s entries never appear', async () => {
    const mine = await adminOfNewOrg()
    const theirs = await adminOfNewOrg()
    await recordAudit(theirs.ctx, {
      tenantId: theirs.tenantId,
      action: 'organisation.updated',
      entityType: 'organisation',
      entityId: theirs.tenantId,
      changes: { city: { from: 'Prizren', to: 'Secret-City-42' } },
    })
    await recordAudit(mine.ctx, {
      tenantId: mine.tenantId,
      action: 'organisation.updated',
      entityType: 'organisation',
      entityId: mine.tenantId,
      changes: { city: { from: 'Durrës', to: 'Shkodër' } },
    })
    const text = await textOf(await mine.client.get('/app/audit'))
    expect(text).toContain('City: Durrës → Shkodër')
    expect(text).not.toContain('Secret-City-42')
    // Nor through the filter or a cursor taken from the other organisation.
    const [foreign] = await t.deps.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.tenantId, theirs.tenantId))
    const viaCursor = await textOf(await mine.client.get(`/app/audit?before=${foreign!.id}`))
    expect(viaCursor).not.toContain('Secret-City-42')
    const filtered = await textOf(await mine.client.get('/app/audit?action=organisation.updated'))
    expect(filtered).not.toContain('Secret-City-42')
  })

  it('[AUDIT][PAGING]: "Older entries" pages through entries sharing one timestamp, none lost', async () => {
    const { ctx, client, tenantId } = await adminOfNewOrg()
    const total = AUDIT_PAGE_SIZE + 7
    // One transaction: every entry gets the same created_at.
    await t.deps.db.transaction(async (tx) => {
      for (let i = 0; i < total; i++) {
        await recordAudit(
          ctx,
          {
            tenantId,
            action: 'invitation.created',
            entityType: 'invitation',
            entityId: `n${i}`,
            changes: { email: { to: `person-${i}@school.test` } },
          },
          tx,
        )
      }
    })
    const seen = new Set<string>()
    const first = await client.get('/app/audit')
    const html = await first.text()
    for (const m of html.matchAll(/person-(\d+)@school\.test/g)) seen.add(m[1]!)
    expect(seen.size).toBe(AUDIT_PAGE_SIZE)
    expect(html).not.toContain('Newest entries')
    const older = html.match(/href="(\/app\/audit\?before=[^"]+)"[^>]*>Older entries/)?.[1]
    expect(older).toBeTruthy()
    const second = await (await client.get(older!.replace(/&amp;/g, '&'))).text()
    const secondSeen = [...second.matchAll(/person-(\d+)@school\.test/g)].map((m) => m[1]!)
    expect(secondSeen).toHaveLength(total - AUDIT_PAGE_SIZE)
    for (const n of secondSeen) seen.add(n)
    expect(seen.size).toBe(total)
    expect(second).toContain('Newest entries')
    expect(second).not.toContain('Older entries')
  })

  it('[AUDIT][FILTER]: filters by action and keeps the filter in the form', async () => {
    const { ctx, client, tenantId } = await adminOfNewOrg()
    await recordAudit(ctx, {
      tenantId,
      action: 'token.created',
      entityType: 'api_token',
      entityId: 'x1',
    })
    await recordAudit(ctx, {
      tenantId,
      action: 'invitation.revoked',
      entityType: 'invitation',
      entityId: 'x2',
    })
    const res = await client.get('/app/audit?action=token.created')
    const html = await res.text()
    expect(html).toMatch(/<option value="token.created" selected/)
    const text = await rowsOf(new Response(html))
    expect(text).toContain('API token created')
    expect(text).not.toContain('Invitation withdrawn')
    // An unknown filter or cursor is ignored rather than an error.
    expect((await client.get('/app/audit?action=drop-table&before=zzz')).status).toBe(200)
  })

  it('[AUDIT][I18N]: labels in the reader’s language, times in the organisation’s zone', async () => {
    const admin = await t.make.member('org_admin', { locale: 'sq' })
    await t.deps.db
      .update(organisations)
      .set({ timeZone: 'Asia/Tokyo' })
      .where(eq(organisations.id, admin.tenantId))
    const ctx = await t.ctxFor(admin.user.id, admin.tenantId)
    await recordAudit(ctx, {
      tenantId: admin.tenantId,
      action: 'user.locked',
      entityType: 'user',
      entityId: admin.user.id,
    })
    const [row] = await t.deps.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.tenantId, admin.tenantId))
    const html = await (await (await t.signedIn(admin.login)).get('/app/audit')).text()
    expect(html).toContain('Llogaria u bllokua pas disa hyrjeve të dështuara')
    const expected = new Intl.DateTimeFormat('sq', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'Asia/Tokyo',
    }).format(row!.createdAt)
    expect(html).toContain(`<time datetime="${row!.createdAt.toISOString()}">${expected}</time>`)
  })

  it('[AUDIT][PLATFORM]: a platform administrator also sees entries of no organisation', async () => {
    const admin = await adminOfNewOrg()
    await recordAudit(admin.ctx, {
      tenantId: null,
      action: 'user.password_changed',
      entityType: 'user',
      entityId: admin.user.id,
    })
    const orgView = await rowsOf(await admin.client.get('/app/audit'))
    expect(orgView).not.toContain('Password changed')
    const platform = await t.make.user({ isPlatformAdmin: true })
    const client = await t.signedIn(platform.email!)
    const res = await client.get('/app/audit')
    expect(res.status).toBe(200)
    const text = await rowsOf(res)
    expect(text).toContain('Password changed')
    expect(text).toContain('no organisation')
  })
})
