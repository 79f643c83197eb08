import { and, eq, isNull } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { sha256 } from '#src/lib/crypto.ts'
import { dateIn } from '#src/lib/dates.ts'
import { AppError, type FieldErrors, notFound } from '#src/lib/errors.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { type OrganisationFacts, organisationFacts } from '../../organisations/index.ts'
import {
  asksGroup,
  type InstrumentContent,
  type Question,
  type RespondentGroup,
  type Section,
} from '../content.ts'
import {
  assessmentAnswers,
  assessmentInstruments,
  assessmentInvitations,
  assessmentLinks,
  assessmentResponses,
  assessmentRounds,
  assessmentVersions,
} from '../schema.ts'
import { isAccepting, type Round } from './rounds.ts'

/** A survey as its respondent sees it: only the sections and questions asked of their group. */
export type SurveyForm = {
  round: Round
  group: RespondentGroup
  school: OrganisationFacts
  title: LocalizedText
  sections: Section[]
  via: 'link' | 'invitation'
  invitationId: string | null
}

const TOKEN = /^[A-Za-z0-9_-]{16,64}$/

/** The content a group is asked: empty sections dropped. */
export function formFor(content: InstrumentContent, group: RespondentGroup): Section[] {
  return content.sections
    .map((s) => ({ ...s, questions: s.questions.filter((q) => asksGroup(q, group)) }))
    .filter((s) => s.questions.length > 0)
}

/**
 * Finds what a survey link opens: a group's shared link or a personal invitation. A link of a
 * closed round, or one already used, says so (409) rather than "not found".
 */
export async function openSurvey(ctx: Ctx, token: string): Promise<SurveyForm> {
  if (!TOKEN.test(token)) throw notFound()
  let round: Round | undefined
  let group: RespondentGroup
  let invitationId: string | null = null
  const [link] = await ctx.db
    .select({ round: assessmentRounds, group: assessmentLinks.group })
    .from(assessmentLinks)
    .innerJoin(assessmentRounds, eq(assessmentRounds.id, assessmentLinks.roundId))
    .where(eq(assessmentLinks.token, token))
  if (link) {
    round = link.round
    group = link.group
  } else {
    const [inv] = await ctx.db
      .select({ round: assessmentRounds, invitation: assessmentInvitations })
      .from(assessmentInvitations)
      .innerJoin(assessmentRounds, eq(assessmentRounds.id, assessmentInvitations.roundId))
      .where(eq(assessmentInvitations.tokenHash, sha256(token)))
    if (!inv) throw notFound()
    round = inv.round
    group = inv.invitation.group
    invitationId = inv.invitation.id
    if (inv.invitation.respondedOn) {
      throw new AppError('CONFLICT', 'assessment:answer.alreadyAnswered')
    }
  }
  const school = (await organisationFacts(ctx, [round.tenantId])).get(round.tenantId)
  if (!school) throw notFound()
  if (!isAccepting(round, ctx.now(), school.timeZone)) {
    throw new AppError('INVALID_STATE', 'assessment:answer.closed')
  }
  const [version] = await ctx.db
    .select({ content: assessmentVersions.content, title: assessmentInstruments.title })
    .from(assessmentVersions)
    .innerJoin(assessmentInstruments, eq(assessmentInstruments.id, assessmentVersions.instrumentId))
    .where(eq(assessmentVersions.id, round.versionId))
  if (!version) throw notFound()
  return {
    round,
    group,
    school,
    title: version.title,
    sections: formFor(version.content, group),
    via: invitationId ? 'invitation' : 'link',
    invitationId,
  }
}

/** One stored answer, before it gets its response id. */
export type AnswerRow = {
  questionKey: string
  num: number | null
  choice: string | null
  text: string | null
}

/** What the form sent for one question: a string, a list of strings or (matrix) rows. */
type Sent = unknown

const MAX_TEXT = 4000

function one(value: Sent): string {
  const v = Array.isArray(value) ? value[value.length - 1] : value
  return typeof v === 'string' ? v.trim() : ''
}

/**
 * Reads and checks the answers to one question. Returns the rows to store (none when left
 * empty) or an error key.
 */
export function readAnswer(q: Question, sent: Sent): { rows: AnswerRow[] } | { error: string } {
  const row = (r: Partial<AnswerRow>): AnswerRow => ({
    questionKey: q.key,
    num: null,
    choice: null,
    text: null,
    ...r,
  })
  const empty = { rows: [] as AnswerRow[] }
  const missing = q.required ? { error: 'assessment:answer.required' } : empty
  switch (q.type) {
    case 'scale': {
      const v = one(sent)
      if (v === '') return missing
      if (v === 'na' && q.allowNa) return { rows: [row({ choice: 'na' })] }
      const n = Number(v)
      if (!Number.isInteger(n) || n < 1 || n > 5) return { error: 'common:validation.choice' }
      return { rows: [row({ num: n })] }
    }
    case 'single': {
      const v = one(sent)
      if (v === '') return missing
      if (!q.options.some((o) => o.key === v)) return { error: 'common:validation.choice' }
      return { rows: [row({ choice: v })] }
    }
    case 'multiple': {
      const list = (Array.isArray(sent) ? sent : sent === undefined ? [] : [sent]).filter(
        (v): v is string => typeof v === 'string' && v !== '',
      )
      const chosen = [...new Set(list)]
      if (chosen.length === 0) return missing
      if (!chosen.every((v) => q.options.some((o) => o.key === v))) {
        return { error: 'common:validation.choice' }
      }
      return { rows: chosen.map((choice) => row({ choice })) }
    }
    case 'text': {
      const v = one(sent)
      if (v === '') return missing
      if (v.length > MAX_TEXT) return { error: 'assessment:answer.tooLong' }
      return { rows: [row({ text: v })] }
    }
    case 'number': {
      const v = one(sent).replace(',', '.')
      if (v === '') return missing
      const n = Number(v)
      if (!Number.isFinite(n)) return { error: 'assessment:answer.number' }
      if ((q.min !== undefined && n < q.min) || (q.max !== undefined && n > q.max)) {
        return { error: 'assessment:answer.range' }
      }
      return { rows: [row({ num: n })] }
    }
    case 'matrix': {
      const rows: AnswerRow[] = []
      const byRow = (
        sent && typeof sent === 'object' && !Array.isArray(sent) ? sent : {}
      ) as Record<string, Sent>
      for (const r of q.rows) {
        const v = one(byRow[r.key])
        if (v === '') continue
        const n = Number(v)
        if (!Number.isInteger(n) || n < 1 || n > q.columns.length) {
          return { error: 'common:validation.choice' }
        }
        rows.push({ questionKey: `${q.key}.${r.key}`, num: n, choice: null, text: null })
      }
      if (rows.length === 0) return missing
      return { rows }
    }
  }
}

/** Every answer of a form, or the field errors by `q.<key>`. */
export function readAnswers(
  sections: Section[],
  sent: Record<string, Sent>,
): { ok: true; rows: AnswerRow[] } | { ok: false; errors: FieldErrors } {
  const rows: AnswerRow[] = []
  const errors: FieldErrors = {}
  for (const s of sections) {
    for (const q of s.questions) {
      const read = readAnswer(q, sent[q.key])
      if ('error' in read) errors[`q.${q.key}`] = read.error
      else rows.push(...read.rows)
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  if (rows.length === 0) return { ok: false, errors: { _form: 'assessment:answer.nothing' } }
  return { ok: true, rows }
}

/**
 * Stores one filled-in form. A personal invitation is used up in the same transaction (a second
 * answer from it is refused and stores nothing). An anonymous round keeps no link to the person:
 * the response holds its group and the day only.
 */
export async function submitSurvey(
  ctx: Ctx,
  token: string,
  sent: Record<string, Sent>,
): Promise<{ round: Round }> {
  const form = await openSurvey(ctx, token)
  const read = readAnswers(form.sections, sent)
  if (!read.ok) {
    throw new AppError('INVALID_INPUT', Object.values(read.errors)[0]!, {}, read.errors)
  }
  const today = dateIn(ctx.now(), form.school.timeZone)
  await ctx.db.transaction(async (tx) => {
    if (form.invitationId) {
      const [used] = await tx
        .update(assessmentInvitations)
        .set({ respondedOn: today })
        .where(
          and(
            eq(assessmentInvitations.id, form.invitationId),
            isNull(assessmentInvitations.respondedOn),
          ),
        )
        .returning({ id: assessmentInvitations.id })
      if (!used) throw new AppError('CONFLICT', 'assessment:answer.alreadyAnswered')
    }
    const [response] = await tx
      .insert(assessmentResponses)
      .values({
        roundId: form.round.id,
        group: form.group,
        submittedOn: today,
        invitationId: form.round.anonymous ? null : form.invitationId,
      })
      .returning({ id: assessmentResponses.id })
    await tx.insert(assessmentAnswers).values(
      read.rows.map((r) => ({
        ...r,
        responseId: response!.id,
        roundId: form.round.id,
        group: form.group,
      })),
    )
  })
  return { round: form.round }
}
