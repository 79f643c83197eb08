import { readFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { projectRoot } from '#src/lib/paths.ts'
import { OWN_FRAMEWORK, type Scale, scaleOfFramework } from './levels.ts'

/**
 * The European competence frameworks a course can be tagged with, read from
 * `src/reference/frameworks/` (copied unchanged, with their attribution). A tag is
 * `<framework id>:<competence id>`, e.g. `digcomp-2.2:1.1`, so a framework's next version is a
 * new id beside the old one and tags already given keep their meaning. A school's own list adds
 * `org:<slug>` codes (own-list.ts).
 */
const FILES = [
  { id: 'digcomp-2.2', file: 'digcomp-2.2.json' },
  { id: 'digcompedu', file: 'digcompedu.json' },
  { id: 'greencomp', file: 'greencomp.json' },
  { id: 'entrecomp', file: 'entrecomp.json' },
] as const

const ZFramework = z.object({
  framework: z.string(),
  version: z.union([z.string(), z.number()]),
  year: z.number(),
  source: z.string(),
  citation: z.string(),
  licence: z.string().optional(),
  areas: z
    .array(
      z.object({
        id: z.string(),
        name: z.string(),
        competences: z.array(z.object({ id: z.string(), name: z.string() })).min(1),
      }),
    )
    .min(1),
})

export type Competence = { code: string; id: string; name: string }
export type Framework = {
  id: string
  name: string
  year: number
  source: string
  citation: string
  licence: string | null
  /** The proficiency levels its competences are rated on (levels.json). */
  scale: Scale
  areas: { id: string; name: string; competences: Competence[] }[]
}

let cache: Framework[] | undefined

/** Every framework, in a fixed order, validated on first use. */
export function competenceFrameworks(): Framework[] {
  cache ??= FILES.map(({ id, file }) => {
    const raw = ZFramework.parse(
      JSON.parse(
        readFileSync(path.join(projectRoot, 'src', 'reference', 'frameworks', file), 'utf8'),
      ),
    )
    return {
      id,
      name: `${raw.framework} ${raw.version}`.replace(/ (\d{4})$/, ''),
      year: raw.year,
      source: raw.source,
      citation: raw.citation,
      licence: raw.licence ?? null,
      scale: scaleOfFramework(id),
      areas: raw.areas.map((a) => ({
        id: a.id,
        name: a.name,
        competences: a.competences.map((c) => ({ code: `${id}:${c.id}`, id: c.id, name: c.name })),
      })),
    }
  })
  return cache
}

/** One framework by its id, or undefined. */
export function frameworkById(id: string): Framework | undefined {
  return competenceFrameworks().find((f) => f.id === id)
}

let byCode: Map<string, Competence & { framework: Framework }> | undefined

/** One framework competence by its tag, with its framework (for names, links and attribution). */
export function competenceByCode(code: string) {
  byCode ??= new Map(
    competenceFrameworks().flatMap((f) =>
      f.areas.flatMap((a) => a.competences.map((c) => [c.code, { ...c, framework: f }] as const)),
    ),
  )
  return byCode.get(code)
}

/** `org:` and a slug: the shape of a school's own competence code. */
export const OWN_CODE = /^org:[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * A framework competence, or a well-formed own code. Whether an own code exists, and belongs to
 * the organisation tagging with it, needs the database: `foreignOwnCodes`.
 */
export function isCompetenceCode(code: string): boolean {
  return competenceByCode(code) !== undefined || (OWN_CODE.test(code) && code.length <= 70)
}

export { OWN_FRAMEWORK }
