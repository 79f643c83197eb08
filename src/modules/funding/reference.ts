import { readFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { projectRoot } from '#src/lib/paths.ts'
import type { CountryGroup } from './schema.ts'

/** The call year whose country lists the eligibility rules' group names stand for. */
export const COUNTRY_GROUPS_YEAR = 2026

const ZCountries = z.object({
  countries: z.object({
    eu_member_states: z.array(z.string().length(2)).min(1),
    associated_third_countries: z.array(z.string().length(2)).min(1),
    not_associated_region_1_western_balkans: z.array(z.string().length(2)).min(1),
  }),
})

let groups: Record<CountryGroup, readonly string[]> | undefined

/**
 * The countries of each group a rule may name, from `src/reference/erasmus-vet-2026.json` (the
 * Programme Guide 2026 country lists), read and checked once.
 */
export function countryGroups(): Record<CountryGroup, readonly string[]> {
  if (!groups) {
    const file = path.join(
      projectRoot,
      'src',
      'reference',
      `erasmus-vet-${COUNTRY_GROUPS_YEAR}.json`,
    )
    const { countries } = ZCountries.parse(JSON.parse(readFileSync(file, 'utf8')))
    groups = {
      eu_member_states: countries.eu_member_states,
      associated_third_countries: countries.associated_third_countries,
      western_balkans_not_associated: countries.not_associated_region_1_western_balkans,
    }
  }
  return groups
}

/** The six Western Balkan countries Ura serves, as the eligibility check offers them first. */
export const WESTERN_BALKANS = ['AL', 'BA', 'ME', 'MK', 'RS', 'XK'] as const
