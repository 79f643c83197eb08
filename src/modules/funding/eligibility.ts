import { countryGroups } from './reference.ts'
import type { Confidence, EligibilityRule, FundingRole } from './schema.ts'
import { COUNTRY_GROUPS, type CountryGroup, FUNDING_ROLES } from './schema.ts'

/** Why a role is open or not: a translation key of the funding namespace and its parameters. */
export type Reason = {
  key:
    | 'funding:reason.inGroup'
    | 'funding:reason.listed'
    | 'funding:reason.countryNotEligible'
    | 'funding:reason.typeNotEligible'
    | 'funding:reason.noRule'
  /** `country` an ISO code, `group` a country group, `type` an organisation type: the view names them. */
  params: { country: string; group?: CountryGroup; type?: string }
}

export type RoleAnswer = {
  role: FundingRole
  eligible: boolean
  reason: Reason
  /** The matching rule's; for a "no", unconfirmed when any rule of the role is. */
  confidence: Confidence
  /** The note of the rule that decided, if any. */
  rule: EligibilityRule | null
}

export type Applicant = { country: string; organisationType: string }

function isGroup(value: string): value is CountryGroup {
  return (COUNTRY_GROUPS as readonly string[]).includes(value)
}

/** The group (or the plain list) of a rule that holds the country, or null. */
function countryMatch(rule: EligibilityRule, country: string): CountryGroup | 'listed' | null {
  const all = countryGroups()
  for (const entry of rule.countries) {
    if (isGroup(entry)) {
      if (all[entry].includes(country)) return entry
    } else if (entry.toUpperCase() === country) return 'listed'
  }
  return null
}

function typeMatches(rule: EligibilityRule, type: string): boolean {
  return rule.organisationTypes.length === 0 || rule.organisationTypes.includes(type)
}

/** The answer for one role: the first rule that admits the organisation, else the nearest miss. */
function answerFor(
  rules: readonly EligibilityRule[],
  role: FundingRole,
  who: Applicant,
): RoleAnswer {
  const country = who.country.toUpperCase()
  const own = rules.filter((r) => r.role === role)
  if (own.length === 0) {
    return {
      role,
      eligible: false,
      reason: { key: 'funding:reason.noRule', params: { country } },
      confidence: 'unconfirmed',
      rule: null,
    }
  }
  let typeMiss: EligibilityRule | null = null
  for (const rule of own) {
    const match = countryMatch(rule, country)
    if (!match) continue
    if (!typeMatches(rule, who.organisationType)) {
      typeMiss ??= rule
      continue
    }
    const reason: Reason =
      match === 'listed'
        ? { key: 'funding:reason.listed', params: { country } }
        : { key: 'funding:reason.inGroup', params: { country, group: match } }
    return { role, eligible: true, reason, confidence: rule.confidence, rule }
  }
  const confidence = own.some((r) => r.confidence === 'unconfirmed') ? 'unconfirmed' : 'confirmed'
  if (typeMiss) {
    return {
      role,
      eligible: false,
      reason: {
        key: 'funding:reason.typeNotEligible',
        params: { country, type: who.organisationType },
      },
      confidence,
      rule: typeMiss,
    }
  }
  return {
    role,
    eligible: false,
    reason: { key: 'funding:reason.countryNotEligible', params: { country } },
    confidence,
    rule: null,
  }
}

/**
 * May an organisation of this country and type take part, as applicant and as partner? Decided
 * from the rules stored on the opportunity alone (ADR 019): pure, no database.
 */
export function checkEligibility(
  opportunity: { eligibility: readonly EligibilityRule[] },
  who: Applicant,
): Record<FundingRole, RoleAnswer> {
  return Object.fromEntries(
    FUNDING_ROLES.map((role) => [role, answerFor(opportunity.eligibility, role, who)]),
  ) as Record<FundingRole, RoleAnswer>
}

/** Open to the organisation in some role. */
export function isOpenTo(opportunity: { eligibility: readonly EligibilityRule[] }, who: Applicant) {
  const answers = checkEligibility(opportunity, who)
  return FUNDING_ROLES.some((role) => answers[role].eligible)
}

/** Every country a set of rules admits in some role (groups expanded), sorted. */
export function countriesOf(rules: readonly EligibilityRule[]): string[] {
  const all = countryGroups()
  const out = new Set<string>()
  for (const rule of rules) {
    for (const entry of rule.countries) {
      if (isGroup(entry)) for (const c of all[entry]) out.add(c)
      else out.add(entry.toUpperCase())
    }
  }
  return [...out].sort()
}
