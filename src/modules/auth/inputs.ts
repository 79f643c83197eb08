import { z } from 'zod'
import { ZEmail, ZPassword } from '#src/lib/validation.ts'

export const ZSignIn = z.object({
  login: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(200),
})

export const ZForgot = z.object({ email: ZEmail })

export const ZNewPassword = z
  .object({ password: ZPassword, confirm: z.string() })
  .refine((v) => v.password === v.confirm, {
    path: ['confirm'],
    message: 'auth:errors.passwordsDiffer',
  })

export const ZActivateCode = z.object({
  username: z.string().trim().min(1).max(100),
  code: z.string().trim().min(1).max(20),
})
