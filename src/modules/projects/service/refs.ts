import { and, eq } from 'drizzle-orm'
import type { DbOrTx } from '#src/db/client.ts'
import { AppError } from '#src/lib/errors.ts'
import { projectPartners, workPackages } from '../schema.ts'

const CHOICE = 'common:validation.choice'

function invalid(field: string, key = CHOICE): AppError {
  return new AppError('INVALID_INPUT', key, {}, { [field]: key })
}

/** An organisation chosen on a form must be in the project's consortium. */
export async function assertPartnerOrg(
  db: DbOrTx,
  projectId: string,
  organisationId: string | null,
  field: string,
) {
  if (!organisationId) return
  const [row] = await db
    .select({ id: projectPartners.id })
    .from(projectPartners)
    .where(
      and(
        eq(projectPartners.projectId, projectId),
        eq(projectPartners.organisationId, organisationId),
      ),
    )
  if (!row) throw invalid(field)
}

/** A work package chosen on a form must be one of the project's. */
export async function assertProjectWp(db: DbOrTx, projectId: string, workPackageId: string | null) {
  if (!workPackageId) return
  const [row] = await db
    .select({ id: workPackages.id })
    .from(workPackages)
    .where(and(eq(workPackages.projectId, projectId), eq(workPackages.id, workPackageId)))
  if (!row) throw invalid('workPackageId')
}

/** A unique-index clash on a code (WP1, D2.1, MS3) as a field error. */
export function mapCodeClash(err: unknown, constraint: string, field = 'code'): never {
  const pg = ((err as { cause?: unknown })?.cause ?? err) as { code?: string; constraint?: string }
  if (pg?.code === '23505' && pg.constraint === constraint) {
    throw invalid(field, 'projects:errors.codeTaken')
  }
  throw err
}
