import type { Child } from 'hono/jsx'
import type { Ctx } from '#src/lib/context.ts'
import type { Locale } from '#src/lib/i18n.ts'

/**
 * Sections of a project's public page `/:locale/p/:slug` that other modules contribute (events,
 * news), so the projects module shows them without importing modules that depend on it
 * (docs/ARCHITECTURE.md: projects ← events | news). The same idea as the organisation profile's
 * `addProfileSection`: a section with nothing to show returns null and is left out.
 */
export type ProjectSubject = { id: string; slug: string; tenantId: string }

export type ProjectSectionContent = {
  view: Child
  /** schema.org nodes (Event, NewsArticle …) for the page's JSON-LD. */
  structuredData?: Record<string, unknown>[]
}

export type ProjectSection = {
  /** Adding a section with an id already registered replaces it. */
  id: string
  /** Lower comes first: events 40, news 50. */
  order: number
  load(ctx: Ctx, project: ProjectSubject, locale: Locale): Promise<ProjectSectionContent | null>
}

const sections = new Map<string, ProjectSection>()

/** Adds (or replaces, by id) a section of every project's public page. */
export function addProjectSection(section: ProjectSection) {
  sections.set(section.id, section)
}

/**
 * For the projects module's public page: every contributed section for this project, in order,
 * empty ones left out. A failing section is logged and left out.
 */
export async function loadProjectSections(
  ctx: Ctx,
  project: ProjectSubject,
  locale: Locale,
): Promise<ProjectSectionContent[]> {
  const ordered = [...sections.values()].sort((a, b) => a.order - b.order)
  const loaded = await Promise.all(
    ordered.map((s) =>
      s.load(ctx, project, locale).catch((err: unknown) => {
        ctx.log.error(
          {
            err: { message: (err as Error)?.message, stack: (err as Error)?.stack },
            section: s.id,
          },
          'project section failed',
        )
        return null
      }),
    ),
  )
  return loaded.filter((s): s is ProjectSectionContent => s !== null)
}
