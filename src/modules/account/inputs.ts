import { z } from 'zod'
import { ZPassword } from '#src/lib/validation.ts'

export const ZChangePassword = z
  .object({ current: z.string().min(1).max(200), password: ZPassword, confirm: z.string() })
  .refine((v) => v.password === v.confirm, {
    path: ['confirm'],
    message: 'account:errors.passwordsDiffer',
  })
