import type { Ctx } from '#src/lib/context.ts'
import { getT } from '#src/lib/i18n.ts'
import { type LocalizedText, pickText } from '#src/lib/localized-text.ts'
import { mailLocale, queueMail, withLang } from '../../mail/index.ts'
import { mailContacts } from '../../users/index.ts'

type CourseRef = { id: string; tenantId: string; title: LocalizedText; authorId: string | null }
type LessonRef = { id: string; title: LocalizedText }

/**
 * "A new submission to grade": to the course's author, in their language, with the link to the
 * submission. A course whose author left has nobody to tell; the queue still shows it.
 */
export async function mailSubmitted(
  ctx: Ctx,
  course: CourseRef,
  lesson: LessonRef,
  submission: { id: string },
  learnerName: string,
) {
  if (!course.authorId || course.authorId === ctx.actor?.userId) return
  const contact = (await mailContacts(ctx, [course.authorId])).get(course.authorId)
  if (!contact) return
  const locale = mailLocale(contact.locale)
  const t = getT(locale)
  const params = {
    name: contact.name,
    learner: learnerName,
    course: pickText(course.title, locale).value,
    lesson: pickText(lesson.title, locale).value,
    link: withLang(`${ctx.env.baseUrl}/app/learning/submissions/${submission.id}`, locale),
  }
  await queueMail(ctx, {
    tenantId: course.tenantId,
    to: contact.email,
    locale,
    subject: t('learning:mail.submittedSubject', params),
    text: t('learning:mail.submittedBody', params),
  })
}

/** "Your assignment was accepted / needs revision": to the learner, with the comment's page. */
export async function mailGraded(
  ctx: Ctx,
  course: CourseRef,
  lesson: LessonRef,
  submission: { status: string },
  learnerId: string,
) {
  const contact = (await mailContacts(ctx, [learnerId])).get(learnerId)
  if (!contact) return
  const locale = mailLocale(contact.locale)
  const t = getT(locale)
  const accepted = submission.status === 'accepted'
  const params = {
    name: contact.name,
    course: pickText(course.title, locale).value,
    lesson: pickText(lesson.title, locale).value,
    link: withLang(`${ctx.env.baseUrl}/app/learning/lessons/${lesson.id}`, locale),
  }
  await queueMail(ctx, {
    tenantId: course.tenantId,
    to: contact.email,
    locale,
    subject: t(
      accepted ? 'learning:mail.acceptedSubject' : 'learning:mail.revisionSubject',
      params,
    ),
    text: t(accepted ? 'learning:mail.acceptedBody' : 'learning:mail.revisionBody', params),
  })
}
