/**
 * Facts of a call year's reference file that the calculator does not use but a mobility's grant
 * and the Beneficiary Module export do: the countries with a National Agency, linguistic support
 * and the Unique Mobility ID format. Read from the same `src/reference/erasmus-vet-<year>.json`
 * as the rule book (which checks the year exists), so no figure is kept in code.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { projectRoot } from '#src/lib/paths.ts'
import { rulesFor } from './rule-book.ts'

export type RuleExtras = {
  callYear: number
  /** EU Member States and third countries associated to the Programme: they have a National Agency. */
  programmeCountries: string[]
  linguisticSupport: { perParticipant: number; erasmusProExtra: number }
  uniqueMobilityId: { format: string; exampleProject: string; exampleId: string }
}

const euro = z.number().int().nonnegative()
const ZExtras = z.object({
  call_year: z.int(),
  linguistic_support: z.object({ per_participant: euro, erasmuspro_reinforced_extra: euro }),
  unique_mobility_id: z.object({
    format: z.string(),
    example_project: z.string(),
    example_id: z.string(),
  }),
  countries: z.object({
    eu_member_states: z.array(z.string().length(2)),
    associated_third_countries: z.array(z.string().length(2)),
  }),
})

const cache = new Map<number, RuleExtras>()

/** The extra facts of a call year; an unknown year fails as `rulesFor` does (field `callYear`). */
export function ruleExtrasFor(callYear: number): RuleExtras {
  const cached = cache.get(callYear)
  if (cached) return cached
  rulesFor(callYear)
  const file = path.join(projectRoot, 'src', 'reference', `erasmus-vet-${callYear}.json`)
  const raw = ZExtras.parse(JSON.parse(readFileSync(file, 'utf8')))
  const extras: RuleExtras = {
    callYear: raw.call_year,
    programmeCountries: [
      ...raw.countries.eu_member_states,
      ...raw.countries.associated_third_countries,
    ],
    linguisticSupport: {
      perParticipant: raw.linguistic_support.per_participant,
      erasmusProExtra: raw.linguistic_support.erasmuspro_reinforced_extra,
    },
    uniqueMobilityId: {
      format: raw.unique_mobility_id.format,
      exampleProject: raw.unique_mobility_id.example_project,
      exampleId: raw.unique_mobility_id.example_id,
    },
  }
  cache.set(callYear, extras)
  return extras
}
