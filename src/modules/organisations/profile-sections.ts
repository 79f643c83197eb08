import type { Child } from 'hono/jsx'
import type { Ctx } from '#src/lib/context.ts'
import type { Locale } from '#src/lib/i18n.ts'
import type { Organisation } from './service.ts'

/**
 * The public profile `/:locale/o/:slug` is composed: other modules (partners, projects, mobility
 * calls, events, news) add a section here from their own routes file, so this module imports
 * none of them. A section that has nothing to show returns null and is left out entirely:
 * visitors never see an empty placeholder.
 */
export type ProfileSectionContent = {
  /** The section, usually `<section aria-labelledby=…><h2 …>…</h2>…</section>`. */
  view: Child
  /** schema.org nodes (Event, NewsArticle …) added to the page's JSON-LD graph. */
  structuredData?: Record<string, unknown>[]
}

export type ProfileSection = {
  /** One per topic: adding a section with an id already registered replaces it. */
  id: string
  /** Lower comes first: partners 10, projects 20, mobility calls 30, events 40, news 50. */
  order: number
  load(ctx: Ctx, org: Organisation, locale: Locale): Promise<ProfileSectionContent | null>
}

const sections = new Map<string, ProfileSection>()

/** Adds (or replaces, by id) a section of the public profile. */
export function addProfileSection(section: ProfileSection) {
  sections.set(section.id, section)
}

/**
 * Loads every section for one profile, in order, leaving out the empty ones. A section that
 * fails is logged and left out, so one module's bug does not take the whole profile down.
 */
export async function loadProfileSections(
  ctx: Ctx,
  org: Organisation,
  locale: Locale,
): Promise<ProfileSectionContent[]> {
  const ordered = [...sections.values()].sort((a, b) => a.order - b.order)
  const loaded = await Promise.all(
    ordered.map((s) =>
      s.load(ctx, org, locale).catch((err: unknown) => {
        ctx.log.error(
          {
            err: { message: (err as Error)?.message, stack: (err as Error)?.stack },
            section: s.id,
          },
          'profile section failed',
        )
        return null
      }),
    ),
  )
  return loaded.filter((s): s is ProfileSectionContent => s !== null)
}
