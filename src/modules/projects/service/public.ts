import { and, asc, eq, sql } from 'drizzle-orm'
import type { Db } from '#src/db/client.ts'
import { notFound } from '#src/lib/errors.ts'
import { LOCALES, type Locale } from '#src/lib/i18n.ts'
import { hasText, type LocalizedText } from '#src/lib/localized-text.ts'
import { organisations } from '../../organisations/index.ts'
import { deliverables, projectPartners, projects, workPackages } from '../schema.ts'

type WithDb = { db: Db }

/** The UI languages a public project page is written in (title or summary); English at least. */
export function projectLanguages(p: { title: LocalizedText; summary: LocalizedText }): Locale[] {
  const langs = LOCALES.filter((l) => hasText(p.title, l) || hasText(p.summary, l))
  return langs.length > 0 ? langs : ['en']
}

/** A public project by its slug, with partners, work packages and public deliverables. */
export async function getPublicProject({ db }: WithDb, slug: string) {
  const [project] = await db
    .select()
    .from(projects)
    .where(and(eq(projects.slug, slug), eq(projects.isPublic, true)))
  if (!project) throw notFound()
  const [partners, wps, ds] = await Promise.all([
    db
      .select({
        role: projectPartners.role,
        name: organisations.name,
        slug: organisations.slug,
        country: organisations.country,
        city: organisations.city,
        defaultLocale: organisations.defaultLocale,
        hasProfile: sql<boolean>`not ${organisations.isExternal}`,
      })
      .from(projectPartners)
      .innerJoin(organisations, eq(organisations.id, projectPartners.organisationId))
      .where(eq(projectPartners.projectId, project.id))
      .orderBy(
        sql`case ${projectPartners.role} when 'coordinator' then 0 when 'partner' then 1 else 2 end`,
        asc(organisations.country),
        asc(organisations.slug),
      ),
    db
      .select({
        code: workPackages.code,
        title: workPackages.title,
        description: workPackages.description,
        startDate: workPackages.startDate,
        endDate: workPackages.endDate,
      })
      .from(workPackages)
      .where(eq(workPackages.projectId, project.id))
      .orderBy(asc(workPackages.number)),
    db
      .select({
        code: deliverables.code,
        title: deliverables.title,
        type: deliverables.type,
        dueDate: deliverables.dueDate,
        status: deliverables.status,
        resultUrl: deliverables.resultUrl,
      })
      .from(deliverables)
      .where(
        and(
          eq(deliverables.projectId, project.id),
          eq(deliverables.isPublic, true),
          eq(deliverables.disseminationLevel, 'PU'),
        ),
      )
      .orderBy(asc(deliverables.dueDate), asc(deliverables.code)),
  ])
  return { project, partners, workPackages: wps, deliverables: ds }
}

export type PublicProject = Awaited<ReturnType<typeof getPublicProject>>

/**
 * The public projects an organisation takes part in, for its public profile (any role),
 * newest first. Pass a Ctx or the app's Deps.
 */
export async function listPublicProjectsOf({ db }: WithDb, organisationId: string) {
  return db
    .select({
      slug: projects.slug,
      acronym: projects.acronym,
      title: projects.title,
      role: projectPartners.role,
      startDate: projects.startDate,
      endDate: projects.endDate,
      status: projects.status,
    })
    .from(projectPartners)
    .innerJoin(projects, eq(projects.id, projectPartners.projectId))
    .where(and(eq(projectPartners.organisationId, organisationId), eq(projects.isPublic, true)))
    .orderBy(sql`${projects.startDate} desc nulls last`, asc(projects.acronym))
}

/** Every public project with its languages, for the sitemap. */
export async function listPublicProjectsForSitemap({ db }: WithDb) {
  const rows = await db
    .select({
      slug: projects.slug,
      title: projects.title,
      summary: projects.summary,
      updatedAt: projects.updatedAt,
    })
    .from(projects)
    .where(eq(projects.isPublic, true))
    .orderBy(asc(projects.slug))
  return rows.map((r) => ({ slug: r.slug, updatedAt: r.updatedAt, locales: projectLanguages(r) }))
}
