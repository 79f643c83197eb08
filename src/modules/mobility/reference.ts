import { readFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { projectRoot } from '#src/lib/paths.ts'
import { availableCallYears, rulesFor } from '../grants/index.ts'

const ZEqfFile = z.object({
  framework: z.literal('EQF'),
  levels: z.array(z.object({ level: z.int().min(1).max(8), knowledge: z.string() })).length(8),
})

function readReference(file: string): unknown {
  return JSON.parse(readFileSync(path.join(projectRoot, 'src', 'reference', file), 'utf8'))
}

let eqf: number[] | undefined

/** The eight EQF levels, from `src/reference/eqf-levels.json`. */
export function eqfLevels(): number[] {
  eqf ??= ZEqfFile.parse(readReference('eqf-levels.json')).levels.map((l) => l.level)
  return eqf
}

export { iscedNarrowFields } from '#src/lib/isced.ts'

export type ActivityRule = {
  code: string
  participant: string
  minDays: number
  maxDays: number
  minDaysFewerOpportunities: number | null
}

/** The call year whose rules apply to a mobility starting on this date (the newest known if later). */
export function callYearFor(startDate: string): number {
  const years = availableCallYears()
  const year = Number(startDate.slice(0, 4))
  if (years.includes(year)) return year
  const earlier = years.filter((y) => y <= year)
  return earlier.length ? Math.max(...earlier) : Math.min(...years)
}

/** The activity types of the rules that apply on this date. */
export function activityRules(startDate?: string): ActivityRule[] {
  const years = availableCallYears()
  const year = startDate ? callYearFor(startDate) : Math.max(...years)
  return rulesFor(year).activities.map((a) => ({
    code: a.code,
    participant: a.participant,
    minDays: a.minDays,
    maxDays: a.maxDays,
    minDaysFewerOpportunities: a.minDaysFewerOpportunities,
  }))
}

export function findActivityRule(code: string, startDate?: string): ActivityRule | null {
  return activityRules(startDate).find((a) => a.code === code) ?? null
}

/** The allowed range of activity days for an activity type, or null when the code is unknown. */
export function durationLimits(
  code: string,
  startDate: string,
  fewerOpportunities: boolean,
): { min: number; max: number } | null {
  const rule = findActivityRule(code, startDate)
  if (!rule) return null
  const min =
    fewerOpportunities && rule.minDaysFewerOpportunities !== null
      ? rule.minDaysFewerOpportunities
      : rule.minDays
  return { min, max: rule.maxDays }
}
