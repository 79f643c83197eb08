import { beforeAll, describe, expect, it } from 'vitest'
import { normaliseCode } from '#src/lib/codes.ts'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { findCredentialByCode } from '../credentials/index.ts'
import { certificatePdf, issueCertificates } from './certificates.ts'
import { checkIn, checkInBatch, listForCheckIn } from './check-in.ts'
import { feedbackResults, feedbackState, submitFeedback } from './feedback.ts'
import { getEventStats } from './public.ts'
import { getRegistrationByToken, registerByStaff } from './registration.ts'
import { sendEventReminders } from './reminders.ts'
import { anonymousCtx, DAY, organiser, publishedEvent, register } from './test-support.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
})

describe('check-in', () => {
  it('[EVENTS][CHECKIN]: by code (typed loosely or as the QR URL) or by name; twice is fine', async () => {
    const { ctx } = await organiser(t)
    const event = await publishedEvent(ctx)
    const { registration: r } = await register(t, event.id)
    const loose = r.ticketCode.toLowerCase().replace('-', ' ')
    const first = await checkIn(ctx, event.id, { code: loose })
    expect(first).toMatchObject({ result: 'checked_in', registrationId: r.id })
    const again = await checkIn(ctx, event.id, {
      code: `http://ura.test/sq/tickets/${r.ticketCode}`,
    })
    expect(again).toMatchObject({ result: 'already', registrationId: r.id })
    if (first.result === 'checked_in' && again.result === 'already')
      expect(again.at).toEqual(first.at)
    const walkIn = await registerByStaff(ctx, event.id, { name: 'Klea Shehu', locale: 'sq' })
    expect(await checkIn(ctx, event.id, { registrationId: walkIn.id })).toMatchObject({
      result: 'checked_in',
    })
    const { rows } = await listForCheckIn(ctx, event.id, 'klea')
    expect(rows.map((x) => x.name)).toEqual(['Klea Shehu'])
  })

  it("[EVENTS][CHECKIN]: a waiting-list ticket, another event's ticket and nonsense are refused", async () => {
    const { ctx } = await organiser(t)
    const event = await publishedEvent(ctx, { capacity: 1 })
    const other = await publishedEvent(ctx)
    await register(t, event.id)
    const waiting = await register(t, event.id)
    const elsewhere = await register(t, other.id)
    expect(await checkIn(ctx, event.id, { code: waiting.registration.ticketCode })).toMatchObject({
      result: 'not_confirmed',
    })
    expect(await checkIn(ctx, event.id, { code: elsewhere.registration.ticketCode })).toEqual({
      result: 'unknown',
    })
    expect(await checkIn(ctx, event.id, { code: 'not a code' })).toEqual({ result: 'unknown' })
    expect(normaliseCode('ABCDE-0OI1L')).toBeNull()
  })

  it('[EVENTS][OFFLINE]: a queued batch keeps each check-in time (if recent) and is idempotent', async () => {
    const { ctx } = await organiser(t)
    const event = await publishedEvent(ctx)
    const a = await register(t, event.id)
    const b = await register(t, event.id)
    const at = new Date(Date.now() - 5 * 60_000).toISOString()
    const batch = [
      { code: a.registration.ticketCode, at },
      { registrationId: b.registration.id, at: '1999-01-01T00:00:00Z' },
      { code: 'ZZZZZ-ZZZZZ' },
    ]
    const first = await checkInBatch(ctx, event.id, batch)
    expect(first.map((r) => r.result)).toEqual(['checked_in', 'checked_in', 'unknown'])
    if (first[0]!.result === 'checked_in') expect(first[0]!.at.toISOString()).toBe(at)
    if (first[1]!.result === 'checked_in')
      expect(first[1]!.at.getTime()).toBeGreaterThan(Date.now() - 60_000)
    const second = await checkInBatch(ctx, event.id, batch)
    expect(second.map((r) => r.result)).toEqual(['already', 'already', 'unknown'])
    const other = await organiser(t)
    await expect(checkInBatch(other.ctx, event.id, batch)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
  })
})

describe('after the event', () => {
  it('[EVENTS][CERTIFICATE]: issued to those checked in, mailed with the survey, verifiable, a PDF', async () => {
    const { ctx } = await organiser(t)
    const event = await publishedEvent(ctx)
    const came = await register(t, event.id, { name: 'Ergys Bregu', locale: 'sq' })
    const absent = await register(t, event.id)
    await checkIn(ctx, event.id, { code: came.registration.ticketCode })
    expect(await issueCertificates(ctx, event.id)).toBe(1)
    expect(await issueCertificates(ctx, event.id)).toBe(0)
    const { registration } = await getRegistrationByToken(
      anonymousCtx(t),
      came.registration.accessToken,
    )
    expect(registration.certificateCode).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/)
    const mail = t.mailer.sent.findLast((m) => m.to === came.registration.email)!
    expect(mail.text).toContain(`/sq/r/${came.registration.accessToken}/certificate.pdf`)
    expect(mail.text).toContain(`/sq/r/${came.registration.accessToken}/feedback`)
    const credential = await findCredentialByCode(t.deps.db, registration.certificateCode!)
    expect(credential).toMatchObject({ kind: 'event', recipientName: 'Ergys Bregu', locale: 'sq' })
    expect(credential!.achievement.name.sq).toBe(event.title.sq ?? event.title.en)
    expect(credential!.achievement.description.mk).toContain('Присуство')
    const pdf = await certificatePdf(anonymousCtx(t), event, registration)
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    expect(pdf.toString('latin1')).toContain('/Lang (sq)')
    const { registration: notThere } = await getRegistrationByToken(
      anonymousCtx(t),
      absent.registration.accessToken,
    )
    await expect(certificatePdf(anonymousCtx(t), event, notThere)).rejects.toMatchObject({
      code: 'INVALID_STATE',
    })
  })

  it('[EVENTS][FEEDBACK]: one response per registration; results average and count', async () => {
    const { ctx } = await organiser(t)
    const event = await publishedEvent(ctx)
    const people = await Promise.all([1, 2, 3].map(() => register(t, event.id)))
    const anon = anonymousCtx(t)
    expect(await feedbackState(anon, event, people[0]!.registration)).toBe('notYet')
    for (const p of people) await checkIn(ctx, event.id, { registrationId: p.registration.id })
    const answers = [
      { overall: 5, content: 4, organisation: 5, usefulness: 3, comment: 'Shumë e dobishme!' },
      { overall: 4, content: 4, organisation: 3, usefulness: 5, comment: undefined },
    ]
    await submitFeedback(anon, people[0]!.registration.accessToken, answers[0]!)
    await submitFeedback(anon, people[1]!.registration.accessToken, answers[1]!)
    await expect(
      submitFeedback(anon, people[0]!.registration.accessToken, answers[1]!),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    })
    const results = await feedbackResults(ctx, event.id)
    expect(results.responses).toBe(2)
    expect(results.attended).toBe(3)
    expect(results.averages).toEqual({ overall: 4.5, content: 4, organisation: 4, usefulness: 4 })
    expect(results.overallDistribution.find((d) => d.rating === 5)?.count).toBe(1)
    expect(results.comments.map((c) => c.text)).toEqual(['Shumë e dobishme!'])
    expect(await getEventStats(ctx, event.id)).toEqual({
      registrations: 3,
      attended: 3,
      waitlisted: 0,
      feedbackCount: 2,
      feedbackAverage: 4.5,
    })
    const other = await organiser(t)
    await expect(getEventStats(other.ctx, event.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})

describe('reminders', () => {
  it('[EVENTS][REMINDER]: once, 24 hours ahead, to confirmed people with e-mail only', async () => {
    const { ctx } = await organiser(t)
    const now = Date.now()
    const tomorrow = await publishedEvent(ctx, {
      startsAt: new Date(now + 20 * 3_600_000),
      endsAt: new Date(now + 23 * 3_600_000),
      capacity: 1,
    })
    const nextWeek = await publishedEvent(ctx, {
      startsAt: new Date(now + 7 * DAY),
      endsAt: new Date(now + 7 * DAY + 3_600_000),
    })
    const placed = await register(t, tomorrow.id, { locale: 'en' })
    const waiting = await register(t, tomorrow.id)
    const later = await register(t, nextWeek.id)
    const sent = await sendEventReminders(anonymousCtx(t))
    expect(sent).toBeGreaterThanOrEqual(1)
    const to = (email: string | null) =>
      t.mailer.sent.filter((m) => m.to === email && m.subject.startsWith('Tomorrow'))
    expect(to(placed.registration.email)).toHaveLength(1)
    expect(to(waiting.registration.email)).toHaveLength(0)
    expect(to(later.registration.email)).toHaveLength(0)
    expect(await sendEventReminders(anonymousCtx(t))).toBe(0)
    expect(to(placed.registration.email)).toHaveLength(1)
  })
})
