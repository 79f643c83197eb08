import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { auditLog } from '../audit/schema.ts'
import {
  approveRegistration,
  cancelByParticipant,
  cancelByStaff,
  confirmAsGuardian,
  rejectRegistration,
} from './decisions.ts'
import { getRegistrationByToken, registerByStaff } from './registration.ts'
import { eventRegistrations } from './schema.ts'
import { updateEvent } from './service.ts'
import {
  anonymousCtx,
  DAY,
  eventInput,
  organiser,
  publishedEvent,
  register,
} from './test-support.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
})

const statusOf = async (id: string) =>
  (await t.deps.db.select().from(eventRegistrations).where(eq(eventRegistrations.id, id)))[0]!

describe('capacity', () => {
  it('[EVENTS][RACE]: two registrations for the last place at once: exactly one gets it', async () => {
    const { ctx } = await organiser(t)
    for (let round = 0; round < 4; round++) {
      const event = await publishedEvent(ctx, { capacity: 2 })
      await register(t, event.id)
      const results = await Promise.all([
        register(t, event.id),
        register(t, event.id),
        register(t, event.id),
      ])
      const statuses = results.map((r) => r.registration.status).sort()
      expect(statuses).toEqual(['confirmed', 'waitlisted', 'waitlisted'])
      const positions = results
        .filter((r) => r.registration.status === 'waitlisted')
        .map((r) => r.position)
      expect(positions.sort()).toEqual([1, 2])
    }
  })

  it('[EVENTS][WAITLIST]: a cancellation by link promotes the first on the list and tells them', async () => {
    const { ctx } = await organiser(t)
    const event = await publishedEvent(ctx, { capacity: 1 })
    const first = await register(t, event.id)
    const second = await register(t, event.id, { locale: 'en' })
    const third = await register(t, event.id)
    expect(second.registration.status).toBe('waitlisted')
    expect(second.position).toBe(1)
    expect(third.position).toBe(2)
    const sentBefore = t.mailer.sent.length

    await cancelByParticipant(anonymousCtx(t), first.registration.accessToken)

    expect((await statusOf(first.registration.id)).status).toBe('cancelled')
    expect((await statusOf(second.registration.id)).status).toBe('confirmed')
    expect((await statusOf(third.registration.id)).status).toBe('waitlisted')
    const mails = t.mailer.sent.slice(sentBefore)
    expect(mails.map((m) => m.to)).toEqual([first.registration.email, second.registration.email])
    expect(mails[1]!.subject).toContain('A place is free for you')
    expect(mails[1]!.text).toContain(`/en/r/${second.registration.accessToken}`)
    const again = await getRegistrationByToken(anonymousCtx(t), third.registration.accessToken)
    expect(again.position).toBe(1)
  })

  it('[EVENTS][WAITLIST]: staff cancelling, declining, or adding places also promote', async () => {
    const { ctx } = await organiser(t)
    const event = await publishedEvent(ctx, { capacity: 1, needsApproval: true })
    const a = await register(t, event.id)
    const b = await register(t, event.id)
    const c = await register(t, event.id)
    const d = await register(t, event.id)
    expect(a.registration.status).toBe('pending_approval')
    expect(b.registration.status).toBe('waitlisted')
    await rejectRegistration(ctx, event.id, a.registration.id)
    // With approval on, the promoted person waits for approval, holding the place.
    expect((await statusOf(b.registration.id)).status).toBe('pending_approval')
    await approveRegistration(ctx, event.id, b.registration.id)
    expect((await statusOf(b.registration.id)).status).toBe('confirmed')
    await cancelByStaff(ctx, event.id, b.registration.id)
    expect((await statusOf(c.registration.id)).status).toBe('pending_approval')
    await updateEvent(
      ctx,
      event.id,
      eventInput({ startsAt: event.startsAt, endsAt: event.endsAt, capacity: 3, slug: event.slug }),
    )
    expect((await statusOf(d.registration.id)).status).toBe('confirmed')
  })

  it('[EVENTS][CANCEL]: a link cannot cancel twice, nor after the event', async () => {
    const { ctx } = await organiser(t)
    const event = await publishedEvent(ctx)
    const r = await register(t, event.id)
    await cancelByParticipant(anonymousCtx(t), r.registration.accessToken)
    await expect(
      cancelByParticipant(anonymousCtx(t), r.registration.accessToken),
    ).rejects.toMatchObject({
      code: 'INVALID_STATE',
    })
    const later = await register(t, event.id, { email: r.registration.email! })
    expect(later.registration.status).toBe('confirmed')
    t.setNow(new Date(event.endsAt.getTime() + 1000))
    try {
      await expect(
        cancelByParticipant(anonymousCtx(t), later.registration.accessToken),
      ).rejects.toMatchObject({
        messageKey: 'events:errors.eventOver',
      })
    } finally {
      t.setNow(null as never)
    }
  })
})

describe('who may register', () => {
  it('[EVENTS][DUPLICATE]: the same e-mail twice is refused (any case), with the field named', async () => {
    const { ctx } = await organiser(t)
    const event = await publishedEvent(ctx)
    await register(t, event.id, { email: 'arta@example.com' })
    await expect(register(t, event.id, { email: 'arta@example.com' })).rejects.toMatchObject({
      code: 'CONFLICT',
      fields: { email: 'events:errors.alreadyRegistered' },
    })
  })

  it('[EVENTS][WINDOW]: drafts, events not open yet and closed ones refuse registrations', async () => {
    const { ctx } = await organiser(t)
    const soon = await publishedEvent(ctx, { registrationOpensAt: new Date(Date.now() + DAY) })
    await expect(register(t, soon.id)).rejects.toMatchObject({
      messageKey: 'events:errors.registrationClosed',
    })
    const closed = await publishedEvent(ctx, {
      registrationClosesAt: new Date(Date.now() - 1000),
      registrationOpensAt: new Date(Date.now() - DAY),
    })
    await expect(register(t, closed.id)).rejects.toMatchObject({ code: 'INVALID_STATE' })
  })

  it('[EVENTS][GUARDIAN]: a minor waits for the guardian, who confirms through their own link', async () => {
    const { ctx } = await organiser(t)
    const event = await publishedEvent(ctx, { capacity: 1 })
    const minor = await register(t, event.id, {
      dateOfBirth: '2011-09-02',
      isMinor: true,
      guardianName: 'Mirela Shehu',
      guardianEmail: 'mirela.shehu@example.com',
    })
    expect(minor.registration.status).toBe('awaiting_guardian')
    const guardianMail = t.mailer.sent.find((m) => m.to === 'mirela.shehu@example.com')!
    expect(guardianMail.text).toContain(minor.registration.name)
    const link = guardianMail.text.match(/http:\/\/ura\.test\/sq\/g\/([\w-]+)/)?.[1]
    expect(link).toBe(minor.registration.guardianToken)
    // Awaiting the guardian holds no place: an adult registering meanwhile gets it.
    const adult = await register(t, event.id)
    expect(adult.registration.status).toBe('confirmed')
    const placed = await confirmAsGuardian(anonymousCtx(t), link!)
    expect(placed.status).toBe('waitlisted')
    expect(placed.guardianConfirmedAt).toBeInstanceOf(Date)
    // Confirming again changes nothing.
    expect((await confirmAsGuardian(anonymousCtx(t), link!)).status).toBe('waitlisted')
    const audit = await t.deps.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, minor.registration.id))
    expect(audit.map((a) => a.action).sort()).toEqual([
      'event_registration.created',
      'event_registration.guardian_confirmed',
    ])
  })

  it('[EVENTS][DESK]: staff register someone without e-mail; no mail, a confirmed place', async () => {
    const { ctx } = await organiser(t)
    const event = await publishedEvent(ctx, { needsApproval: true })
    const before = t.mailer.sent.length
    const r = await registerByStaff(ctx, event.id, { name: 'Ardit Meta', locale: 'sq' })
    expect(r.status).toBe('confirmed')
    expect(r.email).toBeNull()
    expect(r.ticketCode).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/)
    expect(t.mailer.sent.length).toBe(before)
  })

  it('[EVENTS][TENANCY]: another organisation cannot see or change the registrations', async () => {
    const { ctx } = await organiser(t)
    const other = await organiser(t)
    const event = await publishedEvent(ctx, { needsApproval: true })
    const r = await register(t, event.id)
    await expect(approveRegistration(other.ctx, event.id, r.registration.id)).rejects.toMatchObject(
      {
        code: 'NOT_FOUND',
      },
    )
    await expect(
      registerByStaff(other.ctx, event.id, { name: 'X', locale: 'en' }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    const staff = await t.make.member('staff', {
      tenantId: (await statusOf(r.registration.id)).tenantId,
    })
    const staffCtx = await t.ctxFor(staff.user.id, staff.tenantId)
    await expect(approveRegistration(staffCtx, event.id, r.registration.id)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    })
  })
})
