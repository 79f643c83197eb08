import { and, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { systemCtx } from '../../lib/context.ts'
import { auditLog } from '../audit/schema.ts'
import { ZOrganisation } from './inputs.ts'
import { organisations } from './schema.ts'
import {
  createOrganisation,
  getCurrentOrganisation,
  getOrganisation,
  getPublicProfile,
  listOrganisations,
  mapUniqueViolation,
  updateOrganisation,
} from './service.ts'
import { slugify } from './slug.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
})

async function platformAdminCtx() {
  const admin = await t.make.user({ isPlatformAdmin: true })
  return t.ctxFor(admin.id)
}

describe('reading organisations', () => {
  it('[ORG][TENANCY]: a member reads their own organisation; another one is not found', async () => {
    const { user, tenantId } = await t.make.member('staff')
    const other = await t.make.organisation()
    const ctx = await t.ctxFor(user.id, tenantId)
    expect((await getOrganisation(ctx, tenantId)).id).toBe(tenantId)
    expect((await getCurrentOrganisation(ctx)).id).toBe(tenantId)
    await expect(getOrganisation(ctx, other.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(getOrganisation(ctx, 'not-a-uuid')).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('[ORG][PLATFORM]: a platform administrator reads any organisation', async () => {
    const other = await t.make.organisation()
    const ctx = await platformAdminCtx()
    expect((await getOrganisation(ctx, other.id)).id).toBe(other.id)
    await expect(getCurrentOrganisation(ctx)).rejects.toMatchObject({ code: 'INVALID_STATE' })
  })

  it('[ORG][PUBLIC]: external organisations have no public profile', async () => {
    const listed = await t.make.organisation()
    const external = await t.make.organisation({ isExternal: true })
    expect((await getPublicProfile(systemCtx(t.deps), listed.slug)).id).toBe(listed.id)
    await expect(getPublicProfile(systemCtx(t.deps), external.slug)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
  })
})

describe('updating an organisation', () => {
  it('[ORG][EDIT]: a coordinator changes details; the audit log records old and new values', async () => {
    const { user, tenantId } = await t.make.member('coordinator')
    const ctx = await t.ctxFor(user.id, tenantId)
    const updated = await updateOrganisation(ctx, tenantId, {
      name: { sq: 'Shkolla e Re', en: 'New School' },
      city: 'Prishtinë',
      country: 'XK',
      latitude: 42.6629,
      longitude: 21.1655,
      erasmusOid: 'E10123456',
    })
    expect(updated).toMatchObject({ city: 'Prishtinë', country: 'XK', erasmusOid: 'E10123456' })
    expect(Number(updated.latitude)).toBe(42.6629)
    const [entry] = await t.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, tenantId), eq(auditLog.action, 'organisation.updated')))
    expect(entry?.tenantId).toBe(tenantId)
    expect(entry?.actorUserId).toBe(user.id)
    expect(entry?.changes.city).toEqual({ from: 'Tiranë', to: 'Prishtinë' })
    expect(entry?.changes.erasmusOid).toEqual({ from: null, to: 'E10123456' })
    expect(entry?.changes).not.toHaveProperty('type')
  })

  it('[ORG][EDIT]: staff may not edit (403); another organisation is not found (404)', async () => {
    const { user, tenantId } = await t.make.member('staff')
    const ctx = await t.ctxFor(user.id, tenantId)
    await expect(updateOrganisation(ctx, tenantId, { city: 'X' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    })
    const admin = await t.make.member('org_admin')
    const adminCtx = await t.ctxFor(admin.user.id, admin.tenantId)
    await expect(updateOrganisation(adminCtx, tenantId, { city: 'X' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
  })

  it('[ORG][OID]: an OID used by another organisation is a conflict on that field', async () => {
    const taken = await t.make.organisation()
    const platform = await platformAdminCtx()
    await updateOrganisation(platform, taken.id, { erasmusOid: 'E10999999' })
    const { user, tenantId } = await t.make.member('org_admin')
    const ctx = await t.ctxFor(user.id, tenantId)
    await expect(
      updateOrganisation(ctx, tenantId, { erasmusOid: 'E10999999' }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      fields: { erasmusOid: 'organisations:errors.oidTaken' },
    })
    // Saving its own OID again is no conflict.
    await updateOrganisation(platform, taken.id, { erasmusOid: 'E10999999', city: 'Durrës' })
  })

  it('[ORG][OID]: a clash the pre-check missed (two saves at once) still names the field', async () => {
    const taken = await t.make.organisation()
    const error = await t.deps.db
      .insert(organisations)
      .values({ slug: taken.slug, name: { en: 'Copy' }, type: 'other', country: 'AL' })
      .catch((err: unknown) => err)
    expect(() => mapUniqueViolation(error)).toThrow(
      expect.objectContaining({
        code: 'CONFLICT',
        fields: { slug: 'organisations:errors.slugTaken' },
      }),
    )
    expect(() => mapUniqueViolation(new Error('other'))).toThrow('other')
  })
})

describe('creating and listing (platform administrators)', () => {
  const input = (over: Record<string, unknown> = {}) =>
    ZOrganisation.parse({
      name: { sq: 'Shkolla “Hamdi Bushati”' },
      type: 'vet_school',
      country: 'AL',
      ...over,
    })

  it('[ORG][CREATE]: makes a unique ASCII slug from the name and audits the creation', async () => {
    const ctx = await platformAdminCtx()
    const first = await createOrganisation(ctx, input())
    const second = await createOrganisation(ctx, input())
    expect(first.slug).toBe('shkolla-hamdi-bushati')
    expect(second.slug).toBe('shkolla-hamdi-bushati-2')
    const [entry] = await t.deps.db.select().from(auditLog).where(eq(auditLog.entityId, first.id))
    expect(entry?.action).toBe('organisation.created')
  })

  it('[ORG][CREATE]: only platform administrators may create', async () => {
    const { user, tenantId } = await t.make.member('org_admin')
    const ctx = await t.ctxFor(user.id, tenantId)
    await expect(createOrganisation(ctx, input())).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(listOrganisations(ctx, { page: 1 })).rejects.toMatchObject({ code: 'FORBIDDEN' })
  })

  it('[ORG][LIST]: searches names in any language, city and OID; pages of 20', async () => {
    const ctx = await platformAdminCtx()
    await t.make.organisation({ name: { mk: 'Училиште Охрид' }, city: 'Ohër' })
    const byName = await listOrganisations(ctx, { q: 'охрид', page: 1 })
    expect(byName.items.map((o) => o.name.mk)).toEqual(['Училиште Охрид'])
    expect((await listOrganisations(ctx, { q: 'ohër', page: 1 })).total).toBe(1)
    expect((await listOrganisations(ctx, { q: '100%_', page: 1 })).total).toBe(0)
    for (let i = 0; i < 21; i++) await t.make.organisation()
    const all = await listOrganisations(ctx, { page: 1 })
    expect(all.items).toHaveLength(20)
    expect(all.pageCount).toBe(Math.ceil(all.total / 20))
    const last = await listOrganisations(ctx, { page: 999 })
    expect(last.page).toBe(all.pageCount)
  })

  it('[ORG][SLUG]: slugs are lowercase ASCII, Cyrillic transliterated', () => {
    expect(slugify('Shkolla Profesionale “Gjergj Canco”, Tiranë')).toBe(
      'shkolla-profesionale-gjergj-canco-tirane',
    )
    expect(slugify('Средно стручно училиште „Ѓорче Петров“')).toBe(
      'sredno-struchno-uchilishte-gjorche-petrov',
    )
    expect(slugify('Srednja škola Đurđevac')).toBe('srednja-skola-djurdjevac')
  })
})
