import { z } from 'zod'

/** The lifetimes a person can pick for a token; `never` means it works until revoked. */
export const EXPIRY_CHOICES = ['30', '90', '365', 'never'] as const

export const ZTokenName = z.string().trim().min(1).max(100)

export const ZCreateToken = z.object({
  name: ZTokenName,
  expiresInDays: z
    .enum(EXPIRY_CHOICES, 'common:validation.choice')
    .transform((v) => (v === 'never' ? undefined : Number(v))),
})

export type CreateTokenInput = { name: string; expiresInDays?: number | undefined }
