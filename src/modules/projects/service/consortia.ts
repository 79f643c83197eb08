import { and, asc, eq, inArray, sql } from 'drizzle-orm'
import type { DbOrTx } from '#src/db/client.ts'
import { projectPartners, projects, tasks } from '../schema.ts'

/*
 * Which projects an organisation belongs to, for modules that share records with a consortium
 * (a course visible to its project's partners). No permission check: callers ask for the
 * actor's own organisation.
 */

/** The ids of every project whose consortium includes the organisation. */
export async function consortiumProjectIds(db: DbOrTx, organisationId: string): Promise<string[]> {
  const rows = await db
    .select({ id: projectPartners.projectId })
    .from(projectPartners)
    .where(eq(projectPartners.organisationId, organisationId))
  return rows.map((r) => r.id)
}

/** The organisation's projects as choices (id and acronym), coordinated or joined. */
export async function projectChoices(
  db: DbOrTx,
  organisationId: string,
): Promise<{ id: string; acronym: string }[]> {
  return db
    .select({ id: projects.id, acronym: projects.acronym })
    .from(projectPartners)
    .innerJoin(projects, eq(projects.id, projectPartners.projectId))
    .where(eq(projectPartners.organisationId, organisationId))
    .orderBy(asc(projects.acronym))
}

/** Acronyms by project id, for lists that name the project of a row. */
export async function projectAcronyms(
  db: DbOrTx,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const rows = await db
    .select({ id: projects.id, acronym: projects.acronym })
    .from(projects)
    .where(and(inArray(projects.id, [...ids])))
  return new Map(rows.map((r) => [r.id, r.acronym]))
}

export type TaskChoice = {
  id: string
  projectId: string
  acronym: string
  title: string
  dueDate: string | null
  status: string
}

/**
 * The tasks an organisation's own plans may point to: those it owns in the projects it belongs to
 * (an action plan's step that a project task carries out), open ones first.
 */
export async function taskChoices(db: DbOrTx, organisationId: string): Promise<TaskChoice[]> {
  return db
    .select({
      id: tasks.id,
      projectId: tasks.projectId,
      acronym: projects.acronym,
      title: tasks.title,
      dueDate: tasks.dueDate,
      status: tasks.status,
    })
    .from(tasks)
    .innerJoin(projects, eq(projects.id, tasks.projectId))
    .where(eq(tasks.ownerOrganisationId, organisationId))
    .orderBy(
      sql`case when ${tasks.status} = 'done' then 1 else 0 end`,
      asc(projects.acronym),
      sql`${tasks.dueDate} asc nulls last`,
      asc(tasks.title),
    )
    .limit(500)
}

/** Whether a task is one the organisation owns (a choice `taskChoices` offers). */
export async function isTaskChoice(
  db: DbOrTx,
  organisationId: string,
  taskId: string,
): Promise<boolean> {
  const [row] = await db
    .select({ id: tasks.id })
    .from(tasks)
    .where(and(eq(tasks.id, taskId), eq(tasks.ownerOrganisationId, organisationId)))
  return !!row
}
