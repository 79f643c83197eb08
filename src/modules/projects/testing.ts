import type { TestApp } from '../../../tests/setup/app.ts'
import { addPartner } from './service/consortium.ts'
import { createProject } from './service/portfolio.ts'

/**
 * A consortium for tests, built through the services: a coordinating school (its coordinator
 * manages; its staff member contributes), a partner school (coordinator, staff, learner), an
 * associated partner that nobody uses Ura for yet, and an outsider school. The project starts
 * from the CB-VET template.
 */
export async function makeConsortium(t: TestApp, over: { title?: string; status?: string } = {}) {
  const lead = await t.make.member('coordinator')
  const leadStaff = await t.make.member('staff', { tenantId: lead.tenantId })
  const leadLearner = await t.make.member('learner', { tenantId: lead.tenantId })
  const partner = await t.make.member('coordinator')
  const partnerStaff = await t.make.member('staff', { tenantId: partner.tenantId })
  const partnerLearner = await t.make.member('learner', { tenantId: partner.tenantId })
  const external = await t.make.organisation({ isExternal: true, country: 'XK' })
  const outsider = await t.make.member('coordinator')
  const ctx = await t.ctxFor(lead.user.id, lead.tenantId)
  const project = await createProject(ctx, {
    acronym: 'TEST-VET',
    title: { en: over.title ?? 'Testing VET internationalisation', sq: 'Testimi i AFP-së' },
    summary: { en: 'A test project.' },
    programme: 'Erasmus+',
    action: '',
    referenceNumber: null,
    grantNumber: '101000001',
    startDate: '2025-01-01',
    endDate: '2027-12-31',
    status: (over.status ?? 'running') as 'running',
    currency: 'EUR',
    totalBudget: '400000.00',
    isPublic: false,
    website: null,
    template: 'cb-vet',
  })
  await addPartner(ctx, project.id, {
    organisationId: partner.tenantId,
    role: 'partner',
    budgetShare: '60000.00',
  })
  await addPartner(ctx, project.id, {
    organisationId: external.id,
    role: 'associated',
    budgetShare: null,
  })
  return {
    project,
    lead,
    leadStaff,
    leadLearner,
    partner,
    partnerStaff,
    partnerLearner,
    external,
    outsider,
    ctxOf: (m: { user: { id: string }; tenantId: string }) => t.ctxFor(m.user.id, m.tenantId),
  }
}

export type Consortium = Awaited<ReturnType<typeof makeConsortium>>
