import { and, count, desc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { randomToken, sha256 } from '#src/lib/crypto.ts'
import { dateIn } from '#src/lib/dates.ts'
import { AppError, notFound } from '#src/lib/errors.ts'
import { getT, type Locale } from '#src/lib/i18n.ts'
import { type LocalizedText, pickText } from '#src/lib/localized-text.ts'
import { authorize } from '#src/lib/policy.ts'
import { recordAudit } from '../../audit/index.ts'
import { queueMail } from '../../mail/index.ts'
import { organisationFacts } from '../../organisations/index.ts'
import { RESPONDENT_GROUPS, type RespondentGroup } from '../content.ts'
import {
  assessmentInstruments,
  assessmentInvitations,
  assessmentLinks,
  assessmentResponses,
  assessmentRounds,
  assessmentVersions,
} from '../schema.ts'
import { latestPublished } from './instruments.ts'

export type Round = typeof assessmentRounds.$inferSelect

/** A group with fewer answers than this is never shown on its own (nor its texts). */
export const MIN_GROUP_SIZE = 5

/** A reminder goes at most this often to someone who has not answered. */
export const REMINDER_GAP_DAYS = 3

export type RoundRow = Round & {
  instrumentId: string
  instrumentTitle: LocalizedText
  version: number
  responses: number
}

export async function listRounds(ctx: Ctx): Promise<RoundRow[]> {
  const actor = authorize(ctx, 'assessment.view')
  return ctx.db
    .select({
      round: assessmentRounds,
      instrumentId: assessmentInstruments.id,
      instrumentTitle: assessmentInstruments.title,
      version: assessmentVersions.version,
      responses: sql<number>`(select count(*)::int from assessment_responses r where r.round_id = ${assessmentRounds.id})`,
    })
    .from(assessmentRounds)
    .innerJoin(assessmentVersions, eq(assessmentVersions.id, assessmentRounds.versionId))
    .innerJoin(assessmentInstruments, eq(assessmentInstruments.id, assessmentVersions.instrumentId))
    .where(eq(assessmentRounds.tenantId, actor.tenantId))
    .orderBy(desc(assessmentRounds.createdAt))
    .then((rows) =>
      rows.map((r) => ({
        ...r.round,
        instrumentId: r.instrumentId,
        instrumentTitle: r.instrumentTitle,
        version: r.version,
        responses: r.responses,
      })),
    )
}

export type NewRoundInput = {
  instrumentId: string
  title: string
  groups: RespondentGroup[]
  anonymous: boolean
  closesOn: string | null
}

/** A draft round on the instrument's latest published version (kept even when a newer one comes). */
export async function createRound(ctx: Ctx, input: NewRoundInput): Promise<Round> {
  const actor = authorize(ctx, 'assessment.manage')
  const version = await latestPublished(ctx, input.instrumentId)
  const today = dateIn(ctx.now(), actorZone(ctx))
  if (input.closesOn && input.closesOn < today) {
    throw new AppError(
      'INVALID_INPUT',
      'assessment:errors.closesInPast',
      {},
      {
        closesOn: 'assessment:errors.closesInPast',
      },
    )
  }
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(assessmentRounds)
      .values({
        tenantId: actor.tenantId,
        versionId: version.id,
        title: input.title,
        groups: RESPONDENT_GROUPS.filter((g) => input.groups.includes(g)),
        anonymous: input.anonymous,
        closesOn: input.closesOn,
        createdBy: actor.userId,
      })
      .returning()
    await recordAudit(
      ctx,
      {
        tenantId: actor.tenantId,
        action: 'assessment.roundCreated',
        entityType: 'assessment_round',
        entityId: row!.id,
      },
      tx,
    )
    return row!
  })
}

function actorZone(ctx: Ctx): string {
  const actor = ctx.actor
  return actor?.memberships.find((m) => m.tenantId === actor.tenantId)?.timeZone ?? 'Europe/Tirane'
}

export async function ownRound(
  ctx: Ctx,
  id: string,
  permission: 'assessment.view' | 'assessment.manage' = 'assessment.view',
): Promise<Round> {
  const actor = authorize(ctx, permission)
  const [row] = await ctx.db
    .select()
    .from(assessmentRounds)
    .where(and(eq(assessmentRounds.id, id), eq(assessmentRounds.tenantId, actor.tenantId)))
  if (!row) throw notFound()
  return row
}

export type GroupStatus = {
  group: RespondentGroup
  link: string | null
  invited: number
  invitedAnswered: number
  responses: number
  /** Answers of invited people over invitations, when the group was invited by e-mail. */
  rate: number | null
}

export type RoundDetail = {
  round: Round
  instrument: { id: string; title: LocalizedText; kind: string }
  version: { id: string; version: number; latest: number }
  groups: GroupStatus[]
  responses: number
  /** Answers are still taken: open, and the closing day not passed. */
  accepting: boolean
}

/** The round with its links and, per group, invitations, answers and the response rate. */
export async function loadRound(ctx: Ctx, id: string): Promise<RoundDetail> {
  const round = await ownRound(ctx, id)
  const [facts] = await ctx.db
    .select({
      instrumentId: assessmentInstruments.id,
      title: assessmentInstruments.title,
      kind: assessmentInstruments.kind,
      version: assessmentVersions.version,
      latest: sql<number>`(select max(v.version)::int from assessment_versions v
        where v.instrument_id = ${assessmentInstruments.id} and v.status = 'published')`,
    })
    .from(assessmentVersions)
    .innerJoin(assessmentInstruments, eq(assessmentInstruments.id, assessmentVersions.instrumentId))
    .where(eq(assessmentVersions.id, round.versionId))
  const links = await ctx.db.select().from(assessmentLinks).where(eq(assessmentLinks.roundId, id))
  const invited = await ctx.db
    .select({
      group: assessmentInvitations.group,
      n: count(),
      answered: sql<number>`count(${assessmentInvitations.respondedOn})::int`,
    })
    .from(assessmentInvitations)
    .where(eq(assessmentInvitations.roundId, id))
    .groupBy(assessmentInvitations.group)
  const responses = await ctx.db
    .select({ group: assessmentResponses.group, n: count() })
    .from(assessmentResponses)
    .where(eq(assessmentResponses.roundId, id))
    .groupBy(assessmentResponses.group)
  const groups = round.groups.map((group) => {
    const inv = invited.find((r) => r.group === group)
    const n = inv?.n ?? 0
    const answered = inv?.answered ?? 0
    return {
      group,
      link: links.find((l) => l.group === group)?.token ?? null,
      invited: n,
      invitedAnswered: answered,
      responses: responses.find((r) => r.group === group)?.n ?? 0,
      rate: n > 0 ? answered / n : null,
    }
  })
  return {
    round,
    instrument: { id: facts!.instrumentId, title: facts!.title, kind: facts!.kind },
    version: { id: round.versionId, version: facts!.version, latest: facts!.latest },
    groups,
    responses: groups.reduce((a, g) => a + g.responses, 0),
    accepting: isAccepting(round, ctx.now(), actorZone(ctx)),
  }
}

/** Whether a round takes answers at `now`: open, and its last day (in the school's zone) not past. */
export function isAccepting(round: Round, now: Date, timeZone: string): boolean {
  if (round.status !== 'open') return false
  return !round.closesOn || dateIn(now, timeZone) <= round.closesOn
}

/** Opens a draft round: each group gets its anonymous link (and QR code). */
export async function openRound(ctx: Ctx, id: string): Promise<Round> {
  const actor = authorize(ctx, 'assessment.manage')
  const round = await ownRound(ctx, id, 'assessment.manage')
  if (round.status !== 'draft') throw new AppError('INVALID_STATE', 'assessment:errors.notDraft')
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(assessmentRounds)
      .set({ status: 'open', openedAt: ctx.now() })
      .where(and(eq(assessmentRounds.id, id), eq(assessmentRounds.status, 'draft')))
      .returning()
    if (!row) throw new AppError('INVALID_STATE', 'assessment:errors.notDraft')
    await tx
      .insert(assessmentLinks)
      .values(round.groups.map((group) => ({ roundId: id, group, token: randomToken(18) })))
      .onConflictDoNothing()
    await recordAudit(
      ctx,
      {
        tenantId: actor.tenantId,
        action: 'assessment.roundOpened',
        entityType: 'assessment_round',
        entityId: id,
      },
      tx,
    )
    return row
  })
}

/** Closes a round: links and invitations stop working, and the results are final. */
export async function closeRound(ctx: Ctx, id: string): Promise<Round> {
  const actor = authorize(ctx, 'assessment.manage')
  const round = await ownRound(ctx, id, 'assessment.manage')
  if (round.status !== 'open') throw new AppError('INVALID_STATE', 'assessment:errors.notOpen')
  const [row] = await ctx.db
    .update(assessmentRounds)
    .set({ status: 'closed', closedAt: ctx.now() })
    .where(and(eq(assessmentRounds.id, id), eq(assessmentRounds.status, 'open')))
    .returning()
  if (!row) throw new AppError('INVALID_STATE', 'assessment:errors.notOpen')
  await recordAudit(ctx, {
    tenantId: actor.tenantId,
    action: 'assessment.roundClosed',
    entityType: 'assessment_round',
    entityId: id,
  })
  return row
}

export function surveyUrl(baseUrl: string, locale: string, token: string): string {
  return `${baseUrl}/${locale}/survey/${token}`
}

type InviteContext = { roundTitle: string; school: string; closesOn: string | null }

async function inviteContext(ctx: Ctx, round: Round, locale: Locale): Promise<InviteContext> {
  const facts = (await organisationFacts(ctx, [round.tenantId])).get(round.tenantId)
  return {
    roundTitle: round.title,
    school: facts ? pickText(facts.name, locale, [facts.defaultLocale, 'en']).value : '',
    closesOn: round.closesOn,
  }
}

async function mailInvitation(
  ctx: Ctx,
  round: Round,
  to: string,
  locale: Locale,
  token: string,
  kind: 'invite' | 'reminder',
) {
  const t = getT(locale)
  const about = await inviteContext(ctx, round, locale)
  const params = {
    ...about,
    url: surveyUrl(ctx.env.baseUrl, locale, token),
    closes: about.closesOn ?? '',
    anonymity: t(round.anonymous ? 'assessment:mail.anonymous' : 'assessment:mail.named'),
  }
  await queueMail(ctx, {
    tenantId: round.tenantId,
    to,
    locale,
    subject: t(`assessment:mail.${kind}Subject`, params),
    text: t(`assessment:mail.${kind}Body`, params),
  })
}

export type InviteResult = { invited: number; skipped: number }

/**
 * Invites people by e-mail into a group of an open round. Each gets their own link, answering
 * once. An address already invited to the round is skipped (not invited twice).
 */
export async function inviteByEmail(
  ctx: Ctx,
  id: string,
  input: { group: RespondentGroup; emails: string[]; locale: Locale },
): Promise<InviteResult> {
  const actor = authorize(ctx, 'assessment.manage')
  const round = await ownRound(ctx, id, 'assessment.manage')
  if (round.status !== 'open') throw new AppError('INVALID_STATE', 'assessment:errors.notOpen')
  if (!round.groups.includes(input.group)) {
    throw new AppError(
      'INVALID_INPUT',
      'common:validation.choice',
      {},
      {
        group: 'common:validation.choice',
      },
    )
  }
  const emails = [...new Set(input.emails.map((e) => e.trim().toLowerCase()))]
  const made: { email: string; token: string }[] = []
  await ctx.db.transaction(async (tx) => {
    for (const email of emails) {
      const token = randomToken(24)
      const [row] = await tx
        .insert(assessmentInvitations)
        .values({
          roundId: id,
          group: input.group,
          email,
          locale: input.locale,
          tokenHash: sha256(token),
          sentAt: ctx.now(),
        })
        .onConflictDoNothing()
        .returning({ id: assessmentInvitations.id })
      if (row) made.push({ email, token })
    }
    await recordAudit(
      ctx,
      {
        tenantId: actor.tenantId,
        action: 'assessment.invited',
        entityType: 'assessment_round',
        entityId: id,
        changes: { invited: { to: made.length } },
      },
      tx,
    )
  })
  for (const m of made) await mailInvitation(ctx, round, m.email, input.locale, m.token, 'invite')
  return { invited: made.length, skipped: emails.length - made.length }
}

/**
 * Reminds everyone invited who has not answered and was not reminded in the last few days. Only
 * the hash of a link is kept, so a reminder carries a new link and the old one stops working.
 */
export async function remindRound(ctx: Ctx, id: string): Promise<number> {
  const actor = authorize(ctx, 'assessment.manage')
  const round = await ownRound(ctx, id, 'assessment.manage')
  if (!isAccepting(round, ctx.now(), actorZone(ctx))) {
    throw new AppError('INVALID_STATE', 'assessment:errors.notOpen')
  }
  const before = new Date(ctx.now().getTime() - REMINDER_GAP_DAYS * 86_400_000)
  const due = await ctx.db
    .select()
    .from(assessmentInvitations)
    .where(
      and(
        eq(assessmentInvitations.roundId, id),
        isNull(assessmentInvitations.respondedOn),
        lt(assessmentInvitations.sentAt, before),
        or(isNull(assessmentInvitations.remindedAt), lt(assessmentInvitations.remindedAt, before)),
      ),
    )
  const sent: { email: string; locale: string; token: string }[] = []
  for (const inv of due) {
    const token = randomToken(24)
    const [row] = await ctx.db
      .update(assessmentInvitations)
      .set({ tokenHash: sha256(token), remindedAt: ctx.now() })
      .where(and(eq(assessmentInvitations.id, inv.id), isNull(assessmentInvitations.respondedOn)))
      .returning({ id: assessmentInvitations.id })
    if (row) sent.push({ email: inv.email, locale: inv.locale, token })
  }
  for (const s of sent) {
    await mailInvitation(ctx, round, s.email, s.locale as Locale, s.token, 'reminder')
  }
  if (sent.length > 0) {
    await recordAudit(ctx, {
      tenantId: actor.tenantId,
      action: 'assessment.reminded',
      entityType: 'assessment_round',
      entityId: id,
      changes: { reminded: { to: sent.length } },
    })
  }
  return sent.length
}

/** The closed rounds of the same instrument before this one, newest first (for comparison). */
export async function previousRound(ctx: Ctx, round: Round): Promise<Round | null> {
  const [version] = await ctx.db
    .select({ instrumentId: assessmentVersions.instrumentId })
    .from(assessmentVersions)
    .where(eq(assessmentVersions.id, round.versionId))
  if (!version) return null
  const versionIds = (
    await ctx.db
      .select({ id: assessmentVersions.id })
      .from(assessmentVersions)
      .where(eq(assessmentVersions.instrumentId, version.instrumentId))
  ).map((v) => v.id)
  const [row] = await ctx.db
    .select()
    .from(assessmentRounds)
    .where(
      and(
        eq(assessmentRounds.tenantId, round.tenantId),
        inArray(assessmentRounds.versionId, versionIds),
        eq(assessmentRounds.status, 'closed'),
        lt(assessmentRounds.createdAt, round.createdAt),
      ),
    )
    .orderBy(desc(assessmentRounds.createdAt))
    .limit(1)
  return row ?? null
}
