import { randomUUID } from 'node:crypto'
import { randomToken, sha256 } from '#src/lib/crypto.ts'
import type { auditLog } from '../audit/index.ts'
import type { invitations } from '../invitations/index.ts'
import type { outbox } from '../mail/index.ts'
import type { organisations } from '../organisations/index.ts'
import type { guardianships, memberships, users } from '../users/index.ts'
import { GUARDIANSHIPS, INVITATIONS, MESSAGES } from './data/activity.ts'
import { ALLIANCE_ORGANISATIONS } from './data/organisations-alliance.ts'
import { OTHER_ORGANISATIONS, V2V_ORGANISATIONS } from './data/organisations-v2v.ts'
import { ALLIANCE_PEOPLE } from './data/people-alliance.ts'
import { V2V_PEOPLE } from './data/people-v2v.ts'

export const DEMO_ORGANISATIONS = [
  ...ALLIANCE_ORGANISATIONS,
  ...V2V_ORGANISATIONS,
  ...OTHER_ORGANISATIONS,
]
export const DEMO_PEOPLE = [...ALLIANCE_PEOPLE, ...V2V_PEOPLE]

/** Organisations whose new memberships the demo writes to the audit log (with every invitation
 * and guardianship), so the audit page has a history to show. */
const AUDITED = new Set(['beqir-cela-durres', 'lumbardhi-prizren'])

export type DemoRows = {
  organisations: (typeof organisations.$inferInsert)[]
  users: (typeof users.$inferInsert)[]
  memberships: (typeof memberships.$inferInsert)[]
  guardianships: (typeof guardianships.$inferInsert)[]
  invitations: (typeof invitations.$inferInsert)[]
  outbox: (typeof outbox.$inferInsert)[]
  auditLog: (typeof auditLog.$inferInsert)[]
  orgIds: Map<string, string>
  userIds: Map<string, string>
}

function lookup(map: Map<string, string>, key: string, what: string): string {
  const id = map.get(key)
  if (!id) throw new Error(`demo data: unknown ${what} "${key}"`)
  return id
}

/**
 * Every row of the demo, with ids made here so that one bulk insert per table is enough.
 * Pure apart from random ids: the same data files always give the same shape.
 */
export function buildDemoRows(passwordHash: string, now: Date, baseUrl: string): DemoRows {
  const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000)
  const orgIds = new Map(DEMO_ORGANISATIONS.map((o) => [o.slug, randomUUID()]))
  const userIds = new Map(DEMO_PEOPLE.map((p) => [p.key, randomUUID()]))
  const org = (slug: string) => lookup(orgIds, slug, 'organisation')
  const user = (key: string) => lookup(userIds, key, 'person')

  const rows: DemoRows = {
    organisations: DEMO_ORGANISATIONS.map(({ isExternal, ...o }) => ({
      ...o,
      id: org(o.slug),
      isExternal: isExternal ?? false,
    })),
    users: DEMO_PEOPLE.map((p) => ({
      id: user(p.key),
      email: p.email ?? null,
      username: p.username ?? null,
      displayName: p.displayName,
      passwordHash,
      locale: p.locale ?? null,
      dateOfBirth: p.dateOfBirth ?? null,
      phone: p.phone ?? null,
      isPlatformAdmin: p.isPlatformAdmin ?? false,
    })),
    memberships: [],
    guardianships: GUARDIANSHIPS.map((g) => ({
      id: randomUUID(),
      tenantId: org(g.org),
      guardianUserId: user(g.guardian),
      learnerUserId: user(g.learner),
      relation: g.relation,
    })),
    invitations: INVITATIONS.map((i, n) => ({
      id: randomUUID(),
      tenantId: org(i.org),
      email: i.email,
      displayName: i.displayName,
      role: i.role,
      tokenHash: sha256(randomToken()),
      invitedBy: user(i.invitedBy),
      expiresAt: new Date(now.getTime() + i.expiresInDays * 86_400_000),
      createdAt: ago(90 - n * 20),
      updatedAt: ago(90 - n * 20),
    })),
    outbox: MESSAGES.map((m) => ({
      tenantId: org(m.org),
      to: m.to,
      subject: m.subject,
      text: m.text.replaceAll('{signinUrl}', `${baseUrl}/signin`),
      status: 'stored' as const,
      createdAt: ago(m.minutesAgo),
      updatedAt: ago(m.minutesAgo),
    })),
    auditLog: [],
    orgIds,
    userIds,
  }

  // Memberships, and for the audited schools who added whom: the head adds everyone else,
  // the platform administrator adds the head.
  const admin = user('platform-admin')
  const all = DEMO_PEOPLE.flatMap((person) => person.memberships.map((m) => ({ person, m })))
  // Heads first, so that the log never shows someone added by a head who was not there yet.
  const ordered = [
    ...all.filter(({ m }) => m.role === 'org_admin'),
    ...all.filter(({ m }) => m.role !== 'org_admin'),
  ]
  let minutes = 60 * 24 * 3
  for (const { person, m } of ordered) {
    const id = randomUUID()
    const at = ago(minutes)
    minutes -= 7
    rows.memberships.push({
      id,
      tenantId: org(m.org),
      userId: user(person.key),
      role: m.role,
      title: m.title ?? null,
      createdAt: at,
      updatedAt: at,
    })
    if (!AUDITED.has(m.org)) continue
    const head = DEMO_PEOPLE.find((p) =>
      p.memberships.some((x) => x.org === m.org && x.role === 'org_admin'),
    )
    rows.auditLog.push({
      tenantId: org(m.org),
      actorUserId: m.role === 'org_admin' || !head ? admin : user(head.key),
      action: 'membership.created',
      entityType: 'membership',
      entityId: id,
      changes: { userId: { to: user(person.key) }, role: { to: m.role } },
      createdAt: at,
      updatedAt: at,
    })
  }
  for (const g of rows.guardianships) {
    rows.auditLog.push({
      tenantId: g.tenantId,
      actorUserId: user('coordinator'),
      action: 'guardianship.created',
      entityType: 'guardianship',
      entityId: g.id!,
      changes: { guardianUserId: { to: g.guardianUserId }, learnerUserId: { to: g.learnerUserId } },
      createdAt: ago(60 * 24),
      updatedAt: ago(60 * 24),
    })
  }
  for (const i of rows.invitations) {
    rows.auditLog.push({
      tenantId: i.tenantId,
      actorUserId: i.invitedBy ?? null,
      action: 'invitation.created',
      entityType: 'invitation',
      entityId: i.id!,
      changes: { email: { to: i.email }, role: { to: i.role } },
      createdAt: i.createdAt!,
      updatedAt: i.createdAt!,
    })
  }
  return rows
}
