import type { Ctx } from '#src/lib/context.ts'
import { getT, type Locale } from '#src/lib/i18n.ts'
import { type LocalizedText, pickText } from '#src/lib/localized-text.ts'
import { mailLocale, queueMail, withLang } from '../../mail/index.ts'
import { mailContacts } from '../../users/index.ts'

type CourseRef = { id: string; tenantId: string; title: LocalizedText; authorId: string | null }
type LessonRef = { id: string; title: LocalizedText }

/**
 * One mail to one person of the learning module, in their language, through the outbox: the
 * subject and body keys get `name` and what `params` gives for that language. Nobody to reach
 * (no address): nothing is sent.
 */
export async function mailPerson(
  ctx: Ctx,
  userId: string,
  tenantId: string,
  keys: { subject: string; body: string },
  params: (locale: Locale) => Record<string, unknown>,
) {
  const contact = (await mailContacts(ctx, [userId])).get(userId)
  if (!contact) return
  const locale = mailLocale(contact.locale)
  const t = getT(locale)
  const all = { name: contact.name, ...params(locale) }
  await queueMail(ctx, {
    tenantId,
    to: contact.email,
    locale,
    subject: t(keys.subject, all),
    text: t(keys.body, all),
  })
}

/**
 * "A new submission to grade": to the course's author, with the link to the submission. A course
 * whose author left has nobody to tell; the queue still shows it.
 */
export async function mailSubmitted(
  ctx: Ctx,
  course: CourseRef,
  lesson: LessonRef,
  submission: { id: string },
  learnerName: string,
) {
  if (!course.authorId || course.authorId === ctx.actor?.userId) return
  await mailPerson(
    ctx,
    course.authorId,
    course.tenantId,
    { subject: 'learning:mail.submittedSubject', body: 'learning:mail.submittedBody' },
    (locale) => ({
      learner: learnerName,
      course: pickText(course.title, locale).value,
      lesson: pickText(lesson.title, locale).value,
      link: withLang(`${ctx.env.baseUrl}/app/learning/submissions/${submission.id}`, locale),
    }),
  )
}

/** "Your assignment was accepted / needs revision": to the learner, with the comment's page. */
export async function mailGraded(
  ctx: Ctx,
  course: CourseRef,
  lesson: LessonRef,
  submission: { status: string },
  learnerId: string,
) {
  const accepted = submission.status === 'accepted'
  await mailPerson(
    ctx,
    learnerId,
    course.tenantId,
    accepted
      ? { subject: 'learning:mail.acceptedSubject', body: 'learning:mail.acceptedBody' }
      : { subject: 'learning:mail.revisionSubject', body: 'learning:mail.revisionBody' },
    (locale) => ({
      course: pickText(course.title, locale).value,
      lesson: pickText(lesson.title, locale).value,
      link: withLang(`${ctx.env.baseUrl}/app/learning/lessons/${lesson.id}`, locale),
    }),
  )
}
