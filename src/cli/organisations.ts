import { sql } from 'drizzle-orm'
import { z } from 'zod'
import { type Deps, systemCtx } from '#src/lib/context.ts'
import { isCountryCode } from '#src/lib/countries.ts'
import { LOCALES } from '#src/lib/i18n.ts'
import { diffForAudit, recordAudit } from '#src/modules/audit/index.ts'
import { ORGANISATION_TYPES, organisations } from '#src/modules/organisations/index.ts'
import { CliError, type CliIo, parseOptions } from './io.ts'

export const createOrgOptions = {
  name: { type: 'string' },
  slug: { type: 'string' },
  country: { type: 'string' },
  type: { type: 'string' },
  locale: { type: 'string' },
  'time-zone': { type: 'string' },
} as const

function isTimeZone(value: string) {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value })
    return true
  } catch {
    return false
  }
}

const ZCreateOrg = z.object({
  name: z
    .string('is required.')
    .trim()
    .min(1, 'is required.')
    .max(200, 'is too long (200 at most).'),
  slug: z
    .string('is required.')
    .trim()
    .max(60, 'is too long (60 at most).')
    .regex(
      /^[a-z0-9]+(-[a-z0-9]+)*$/,
      'use lowercase letters and digits, joined by single hyphens, e.g. beqir-cela-durres.',
    ),
  country: z
    .string('is required.')
    .trim()
    .toUpperCase()
    .refine(isCountryCode, 'use a two-letter country code, e.g. AL, XK, MK, DE.'),
  type: z.enum(ORGANISATION_TYPES, `use one of: ${ORGANISATION_TYPES.join(', ')}.`),
  locale: z.enum(LOCALES, `use one of: ${LOCALES.join(', ')}.`).default('en'),
  'time-zone': z.string().refine(isTimeZone, 'use an IANA zone, e.g. Europe/Tirane.').optional(),
})

export function parseCreateOrg(values: unknown) {
  return parseOptions(ZCreateOrg, values)
}

/**
 * Adds an organisation for an operator. The organisations module's `createOrganisation` needs a
 * signed-in platform administrator (it audits who did it); the CLI acts as the system instead, so
 * it inserts here, with the same audit entry.
 */
export async function createOrg(deps: Deps, input: z.output<typeof ZCreateOrg>, io: CliIo) {
  const ctx = systemCtx(deps)
  const org = await deps.db.transaction(async (tx) => {
    const [taken] = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(sql`${organisations.slug} = ${input.slug}`)
    if (taken) throw new CliError(`An organisation with the slug "${input.slug}" already exists.`)
    const values = {
      slug: input.slug,
      name: { [input.locale]: input.name },
      type: input.type,
      country: input.country,
      defaultLocale: input.locale,
      workingLanguages: [input.locale],
      ...(input['time-zone'] ? { timeZone: input['time-zone'] } : {}),
    }
    const [row] = await tx.insert(organisations).values(values).returning()
    await recordAudit(
      ctx,
      {
        tenantId: row!.id,
        action: 'organisation.created',
        entityType: 'organisation',
        entityId: row!.id,
        changes: diffForAudit(null, values),
      },
      tx,
    )
    return row!
  })
  io.stdout.write(`Created organisation "${input.name}" (${org.slug}), id ${org.id}.\n`)
  return 0
}
