import { sha256 } from '#src/lib/crypto.ts'
import { ageOn } from '#src/lib/dates.ts'
import type { AgreementInput } from '../inputs.ts'
import type { AgreementContent, mobilities, SignerRole } from '../schema.ts'

/** JSON with object keys sorted at every depth, so equal content always gives equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

/** The SHA-256 of the canonical JSON of an agreement's content: what every signature records. */
export function hashContent(content: AgreementContent): string {
  return sha256(canonicalJson(content))
}

/** The stored shape of what the form gave. */
export function toContent(input: AgreementInput): AgreementContent {
  return {
    outcomes: input.outcomes.map((o) => ({
      unit: o.unit,
      eqfLevel: o.eqfLevel ?? null,
      iscedField: o.iscedField ?? null,
    })),
    tasks: input.tasks,
    assessment: input.assessment,
    mentors: input.mentors,
  }
}

/**
 * Who must sign: the participant, a guardian when the participant is under 18 on the first day,
 * the sending and the receiving organisation, and the host company when there is one.
 */
export function requiredRoles(
  mobility: Pick<
    typeof mobilities.$inferSelect,
    'startDate' | 'hostCompanyOrganisationId' | 'hostCompanyName'
  >,
  dateOfBirth: string | null,
): SignerRole[] {
  const isMinor = dateOfBirth ? ageOn(dateOfBirth, mobility.startDate) < 18 : false
  const hasHost = Boolean(mobility.hostCompanyOrganisationId || mobility.hostCompanyName)
  return [
    'participant',
    ...(isMinor ? (['guardian'] as const) : []),
    'sending',
    'receiving',
    ...(hasHost ? (['host'] as const) : []),
  ]
}
