import { z } from 'zod'
import { emptyToUndefined, ZDisplayName, ZEmail, ZLocale } from '#src/lib/validation.ts'
import { ROLES } from './schema.ts'

/** A calendar date as `YYYY-MM-DD` that exists (no 31 February). */
export const ZIsoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'members:errors.dateFormat')
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`)
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v
  }, 'members:errors.dateFormat')

export const ZRole = z.enum(ROLES, 'common:validation.choice')

export const ZMemberFilter = z.object({
  role: z.preprocess(emptyToUndefined, ZRole.optional()).catch(undefined),
  q: z.preprocess(emptyToUndefined, z.string().trim().max(120).optional()).catch(undefined),
})
export type MemberFilter = z.infer<typeof ZMemberFilter>

export const ZChangeRole = z.object({ role: ZRole })

export const ZCreateLearner = z.object({
  displayName: ZDisplayName,
  dateOfBirth: z.preprocess(emptyToUndefined, ZIsoDate.optional()),
  guardianEmail: z.preprocess(emptyToUndefined, ZEmail.optional()),
  guardianName: z.preprocess(emptyToUndefined, z.string().trim().max(120).optional()),
})
export type CreateLearnerInput = z.infer<typeof ZCreateLearner>

export const ZLinkGuardian = z.object({
  guardianMembershipId: z.uuid('members:errors.chooseGuardian'),
})

export const ZInviteGuardian = z.object({
  email: ZEmail,
  displayName: z.preprocess((v) => v ?? '', z.string().trim().max(120)),
})

export const ZUpdateProfile = z.object({
  displayName: ZDisplayName,
  email: z.preprocess(emptyToUndefined, ZEmail.optional()),
  phone: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .trim()
      .max(40)
      .regex(/^\+?[0-9 ()./-]{5,40}$/, 'account:errors.phone')
      .optional(),
  ),
  locale: z.preprocess(emptyToUndefined, ZLocale.optional()),
  /** Needed only when the e-mail changes (see updateProfile). */
  currentPassword: z.preprocess(emptyToUndefined, z.string().max(200).optional()),
})
export type UpdateProfileInput = z.infer<typeof ZUpdateProfile>
