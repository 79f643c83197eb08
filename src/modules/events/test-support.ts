import { randomBytes } from 'node:crypto'
import type { Ctx } from '#src/lib/context.ts'
import type { TestApp } from '../../../tests/setup/app.ts'
import type { EventInput } from './inputs.ts'
import { registerForEvent } from './registration.ts'
import type { RegistrationInput } from './registration-inputs.ts'
import { createEvent, publishEvent } from './service.ts'

/** Builders for the events tests (not shipped: only test files import this). */
export const DAY = 86_400_000

export function eventInput(over: Partial<EventInput> = {}): EventInput {
  const startsAt = over.startsAt ?? new Date(Date.now() + 10 * DAY)
  return {
    type: 'info_day',
    title: { en: 'Erasmus+ Info Day', sq: 'Ditë informuese Erasmus+' },
    description: { en: 'Mobility for learners and staff.' },
    timeZone: 'Europe/Tirane',
    startsAt,
    endsAt: new Date(startsAt.getTime() + 3 * 3_600_000),
    registrationOpensAt: null,
    registrationClosesAt: null,
    venueName: 'Shkolla Profesionale “Beqir Çela”',
    venueAddress: 'Rruga Aleksandër Goga, Durrës',
    onlineUrl: undefined,
    capacity: null,
    needsApproval: false,
    projectId: undefined,
    workPackageId: undefined,
    slug: undefined,
    questions: [],
    ...over,
  }
}

/** An organisation with a coordinator, and the coordinator's service context. */
export async function organiser(t: TestApp) {
  const { user, tenantId, login } = await t.make.member('coordinator')
  const ctx = await t.ctxFor(user.id, tenantId)
  return { ctx, tenantId, login, userId: user.id }
}

/** A published event of the coordinator's organisation. */
export async function publishedEvent(ctx: Ctx, over: Partial<EventInput> = {}) {
  const draft = await createEvent(ctx, eventInput(over))
  return publishEvent(ctx, draft.id)
}

export function person(over: Partial<RegistrationInput> = {}): RegistrationInput {
  const u = randomBytes(4).toString('hex')
  return {
    name: `Participant ${u}`,
    email: `participant-${u}@example.com`,
    locale: 'sq',
    dateOfBirth: null,
    guardianName: null,
    guardianEmail: null,
    consent: 'on',
    answers: {},
    isMinor: false,
    ...over,
  }
}

/** Registers from the public side, as a visitor with their own address. */
export function register(t: TestApp, eventId: string, over: Partial<RegistrationInput> = {}) {
  const ctx: Ctx = { ...t.deps, actor: null, requestId: 'test' }
  return registerForEvent(
    ctx,
    eventId,
    person(over),
    `10.0.${randomBytes(1)[0]}.${randomBytes(1)[0]}`,
  )
}

export function anonymousCtx(t: TestApp): Ctx {
  return { ...t.deps, actor: null, requestId: 'test' }
}
