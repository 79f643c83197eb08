/**
 * Facts of a call year's reference file that the calculator does not use but a mobility's grant
 * and the Beneficiary Module export do: the countries with a National Agency, linguistic support
 * and the Unique Mobility ID format. Read from the same `src/reference/erasmus-vet-<year>.json`
 * as the rule book (which checks the year exists), so no figure is kept in code.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { projectRoot } from '#src/lib/paths.ts'
import { rulesFor } from './rule-book.ts'

export type RuleExtras = {
  callYear: number
  /** The file and the start of its SHA-256: a grant snapshot names the exact rules it used. */
  rulesVersion: string
  /** EU Member States and third countries associated to the Programme: they have a National Agency. */
  programmeCountries: string[]
  linguisticSupport: { perParticipant: number; erasmusProExtra: number }
  uniqueMobilityId: { format: string; exampleProject: string; exampleId: string }
  /** Share of the real cost paid for each kind of exceptional cost (0.8, 1). */
  exceptionalCosts: Record<string, number>
  /** Expensive travel may be claimed only when the unit cost covers less than this share (0.7). */
  expensiveTravelThreshold: number
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
  travel: z.object({ expensive_travel: z.string() }),
  exceptional_costs: z.record(z.string(), z.number().positive().max(1)),
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
  const text = readFileSync(file, 'utf8')
  const raw = ZExtras.parse(JSON.parse(text))
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 12)
  // "if the unit cost covers less than 70% of real travel cost, …": the figure stays in the file.
  const threshold = /less than (\d+)\s?%/.exec(raw.travel.expensive_travel)
  if (!threshold) throw new Error(`rules for ${callYear}: no threshold in travel.expensive_travel`)
  const extras: RuleExtras = {
    callYear: raw.call_year,
    rulesVersion: `${path.basename(file)} sha256:${hash}`,
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
    exceptionalCosts: raw.exceptional_costs,
    expensiveTravelThreshold: Number(threshold[1]) / 100,
  }
  cache.set(callYear, extras)
  return extras
}
