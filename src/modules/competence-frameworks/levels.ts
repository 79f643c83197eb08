import { readFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { projectRoot } from '#src/lib/paths.ts'

/**
 * The proficiency scales people rate themselves on, from `src/reference/frameworks/levels.json`
 * (each with its source). A level is stored as its position on the scale (1 = lowest), so
 * averages and "before → after" are plain arithmetic; forms and the API name it by its id
 * (`3`, `B1`, `advanced`).
 */
const ZLevels = z.object({
  scales: z.record(
    z.string(),
    z.object({
      source: z.string(),
      confidence: z.string(),
      bands: z.array(z.object({ id: z.string(), name: z.string() })).min(1),
      levels: z
        .array(z.object({ id: z.string(), band: z.string(), name: z.string() }))
        .min(2)
        .max(10),
    }),
  ),
  frameworks: z.record(z.string(), z.string()),
})

export type Level = { id: string; band: string; name: string; ordinal: number }
export type Band = { id: string; name: string }
export type Scale = { id: string; source: string; bands: Band[]; levels: Level[] }

/** The framework id of a school's own competences (`org:<slug>`). */
export const OWN_FRAMEWORK = 'org'

let cache: { scales: Map<string, Scale>; byFramework: Map<string, Scale> } | undefined

function load() {
  if (cache) return cache
  const raw = ZLevels.parse(
    JSON.parse(
      readFileSync(path.join(projectRoot, 'src', 'reference', 'frameworks', 'levels.json'), 'utf8'),
    ),
  )
  const scales = new Map<string, Scale>()
  for (const [id, s] of Object.entries(raw.scales)) {
    const bandIds = new Set(s.bands.map((b) => b.id))
    for (const l of s.levels) {
      if (!bandIds.has(l.band)) throw new Error(`levels.json: ${id} level ${l.id} has no band`)
    }
    scales.set(id, {
      id,
      source: s.source,
      bands: s.bands,
      levels: s.levels.map((l, i) => ({ ...l, ordinal: i + 1 })),
    })
  }
  const byFramework = new Map<string, Scale>()
  for (const [framework, scaleId] of Object.entries(raw.frameworks)) {
    const scale = scales.get(scaleId)
    if (!scale) throw new Error(`levels.json: ${framework} names an unknown scale ${scaleId}`)
    byFramework.set(framework, scale)
  }
  cache = { scales, byFramework }
  return cache
}

/** The scale a framework's competences are rated on (a school's own list: `org`). */
export function scaleOfFramework(frameworkId: string): Scale {
  const scale = load().byFramework.get(frameworkId)
  if (!scale) throw new Error(`no proficiency scale for framework ${frameworkId}`)
  return scale
}

/** Every scale, for the reference page and the API. */
export function allScales(): Scale[] {
  return [...load().scales.values()]
}

/** `digcomp-2.2:1.1` → `digcomp-2.2`; `org:mentoring` → `org`. */
export function frameworkOfCode(code: string): string {
  const at = code.indexOf(':')
  return at < 0 ? '' : code.slice(0, at)
}

/** The position (1 = lowest) of a level named by its id, or undefined for a foreign id. */
export function levelOrdinal(scale: Scale, levelId: string): number | undefined {
  return scale.levels.find((l) => l.id === levelId)?.ordinal
}

/** The level at a position, or undefined outside the scale. */
export function levelAt(scale: Scale, ordinal: number): Level | undefined {
  return scale.levels[ordinal - 1]
}

/** The band a position falls in. */
export function bandOf(scale: Scale, ordinal: number): string | undefined {
  return levelAt(scale, ordinal)?.band
}

/** "Low" is the first band of every scale (Foundation, A, Beginner): about its lowest quarter. */
export function isLow(scale: Scale, ordinal: number): boolean {
  return bandOf(scale, ordinal) === scale.bands[0]?.id
}
