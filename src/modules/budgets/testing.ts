import type { TestApp } from '../../../tests/setup/app.ts'
import {
  deliverables,
  projectMembers,
  projectPartners,
  projects,
  workPackages,
} from '../projects/schema.ts'

/**
 * A small consortium for tests: a coordinating school (manager), partners A and B (each with a
 * coordinator; A also has a staff member and a learner; B has a project viewer), and an
 * outsider. Work package 1 is a EUR 100,000.00 lump sum, 40 % complete; 2 is classic.
 */
export async function makeConsortium(t: TestApp, over: { currency?: string } = {}) {
  const manager = await t.make.member('coordinator')
  const a = await t.make.member('coordinator')
  const aStaff = await t.make.member('staff', { tenantId: a.tenantId })
  const aLearner = await t.make.member('learner', { tenantId: a.tenantId })
  const b = await t.make.member('coordinator')
  const bViewer = await t.make.member('staff', { tenantId: b.tenantId })
  const outsider = await t.make.member('coordinator')
  const db = t.deps.db
  const [project] = await db
    .insert(projects)
    .values({
      tenantId: manager.tenantId,
      slug: `test-${manager.tenantId.slice(0, 8)}`,
      acronym: 'TESTVET',
      title: { en: 'Testing VET together', sq: 'Testojmë AFP bashkë' },
      currency: over.currency ?? 'EUR',
      totalBudget: '250000.00',
      startDate: '2025-01-01',
      endDate: '2027-12-31',
      status: 'running',
    })
    .returning()
  const projectId = project!.id
  await db.insert(projectPartners).values([
    {
      tenantId: manager.tenantId,
      projectId,
      organisationId: manager.tenantId,
      role: 'coordinator',
    },
    { tenantId: a.tenantId, projectId, organisationId: a.tenantId, role: 'partner' },
    { tenantId: b.tenantId, projectId, organisationId: b.tenantId, role: 'partner' },
  ])
  await db.insert(projectMembers).values({
    tenantId: b.tenantId,
    projectId,
    userId: bViewer.user.id,
    projectRole: 'viewer',
  })
  const [wp1, wp2] = await db
    .insert(workPackages)
    .values([
      {
        tenantId: manager.tenantId,
        projectId,
        number: 1,
        code: 'WP1',
        title: { en: 'Project management' },
        isLumpSum: true,
        lumpSumAmount: '100000.00',
        completionPercent: 40,
      },
      {
        tenantId: manager.tenantId,
        projectId,
        number: 2,
        code: 'WP2',
        title: { en: 'Training of staff' },
        leadOrganisationId: a.tenantId,
      },
    ])
    .returning()
  const [deliverable] = await db
    .insert(deliverables)
    .values({
      tenantId: manager.tenantId,
      projectId,
      workPackageId: wp2!.id,
      code: 'D2.1',
      title: { en: 'Training curriculum' },
      dueDate: '2025-12-31',
      leadOrganisationId: a.tenantId,
    })
    .returning()
  return {
    projectId,
    project: project!,
    manager,
    a,
    aStaff,
    aLearner,
    b,
    bViewer,
    outsider,
    wp1: wp1!,
    wp2: wp2!,
    deliverable: deliverable!,
  }
}

export type Consortium = Awaited<ReturnType<typeof makeConsortium>>
