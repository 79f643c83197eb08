import { z } from 'zod'
import { ZDisplayName, ZEmail, ZPassword } from '#src/lib/validation.ts'
import { ROLES } from '../users/index.ts'

export const ZCreateInvitation = z.object({
  email: ZEmail,
  displayName: z.preprocess((v) => v ?? '', z.string().trim().max(120)),
  role: z.enum(ROLES, 'common:validation.choice'),
})

export const ZAcceptWithAccount = z
  .object({ displayName: ZDisplayName, password: ZPassword, confirm: z.string() })
  .refine((v) => v.password === v.confirm, {
    path: ['confirm'],
    message: 'invitations:errors.passwordsDiffer',
  })
