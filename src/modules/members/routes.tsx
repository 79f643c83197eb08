import { type Context, Hono } from 'hono'
import { readForm, tryForm } from '#src/http/http.ts'
import type { AppEnv } from '#src/http/types.ts'
import { AppError, type FieldErrors } from '#src/lib/errors.ts'
import { validate } from '#src/lib/forms.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { authorize } from '#src/lib/policy.ts'
import { listPendingInvitations, revokeGuardianInvitationsFor } from '../invitations/index.ts'
import {
  changeRole,
  getMember,
  listMembers,
  removeMember,
  ZChangeRole,
  ZCreateLearner,
  ZInviteGuardian,
  ZLinkGuardian,
  ZMemberFilter,
} from '../users/index.ts'
import { addGuardianByEmail, linkGuardian, unlinkGuardian } from './guardians.ts'
import { createLearner, issueNewCode } from './learners.ts'
import { GuardiansPage } from './views/guardians-page.tsx'
import { ActivationSlipPage, NewLearnerPage } from './views/learner-pages.tsx'
import { MemberPage, RemoveMemberPage } from './views/member-page.tsx'
import { MembersPage } from './views/members-page.tsx'

// A membership id: anything else is not a member page (and `invite`, `new-learner` stay free).
const ID = ':id{[0-9a-fA-F-]{36}}'
const GID = ':gid{[0-9a-fA-F-]{36}}'

const NOTICES = new Set([
  'members:notices.invited',
  'members:notices.revoked',
  'members:notices.removed',
  'members:notices.roleChanged',
  'members:notices.guardianLinked',
  'members:notices.guardianInvited',
  'members:notices.guardianUnlinked',
])

function noticeOf(c: Context<AppEnv>) {
  const notice = c.req.query('notice')
  return notice && NOTICES.has(notice) ? notice : undefined
}

/**
 * Like tryForm, but a refused state change (the last administrator) also comes back to the page
 * as a message at the top, with status 409.
 */
async function tryChange<T>(run: () => Promise<T>) {
  try {
    return await tryForm(run)
  } catch (err) {
    if (!(err instanceof AppError) || err.code !== 'INVALID_STATE') throw err
    const errors: FieldErrors = { _form: err.messageKey }
    return { ok: false as const, errors, params: err.params, status: 409 as const }
  }
}

async function guardiansPage(c: Context<AppEnv>, id: string) {
  authorize(c.var.ctx, 'guardians.manage')
  const learner = await getMember(c.var.ctx, id)
  if (learner.role !== 'learner') throw new AppError('INVALID_STATE', 'members:errors.notLearner')
  const linked = new Set(learner.guardians.map((g) => g.userId))
  const candidates = (await listMembers(c.var.ctx, { role: 'guardian' })).filter(
    (m) => !linked.has(m.userId),
  )
  return {
    learner,
    candidates,
    title: c.var.t('members:guardians.pageTitle', { name: learner.displayName }),
  }
}

export const membersRoutes = new Hono<AppEnv>()
  .get('/app/members', async (c) => {
    const filter = ZMemberFilter.parse(c.req.query())
    const members = await listMembers(c.var.ctx, filter)
    const invitations = await listPendingInvitations(c.var.ctx)
    return c.render(
      <MembersPage
        members={members}
        invitations={invitations}
        filter={filter}
        notice={noticeOf(c)}
      />,
      { title: c.var.t('members:list.title') },
    )
  })
  .get('/app/members/new-learner', (c) => {
    authorize(c.var.ctx, 'learners.create')
    return c.render(<NewLearnerPage />, { title: c.var.t('members:learner.title') })
  })
  .post('/app/members/new-learner', async (c) => {
    authorize(c.var.ctx, 'learners.create')
    const form = await readForm(c)
    const title = c.var.t('members:learner.title')
    const parsed = validate(ZCreateLearner, form)
    const result = parsed.ok
      ? await tryForm(() => createLearner(c.var.ctx, parsed.data))
      : ({ ok: false, errors: parsed.errors, status: 422 } as const)
    if (!result.ok) {
      c.status(result.status)
      return c.render(<NewLearnerPage values={form} errors={result.errors} />, { title })
    }
    // The code is on this page only: keep it out of every cache.
    c.header('Cache-Control', 'no-store')
    return c.render(
      <ActivationSlipPage
        slip={result.value}
        guardian={result.value.guardian}
        baseUrl={c.var.deps.env.baseUrl}
      />,
      { title: c.var.t('members:code.title', { name: result.value.displayName }) },
    )
  })
  .get(`/app/members/${ID}`, async (c) => {
    const member = await getMember(c.var.ctx, c.req.param('id'))
    return c.render(<MemberPage member={member} notice={noticeOf(c)} />, {
      title: member.displayName,
    })
  })
  .post(`/app/members/${ID}/role`, async (c) => {
    const id = c.req.param('id')
    authorize(c.var.ctx, 'members.manage')
    const parsed = validate(ZChangeRole, await readForm(c))
    const result = parsed.ok
      ? await tryChange(() => changeRole(c.var.ctx, id, parsed.data.role))
      : ({ ok: false, errors: parsed.errors, params: {}, status: 422 } as const)
    if (!result.ok) {
      const member = await getMember(c.var.ctx, id)
      c.status(result.status)
      return c.render(
        <MemberPage member={member} errors={result.errors} params={result.params} />,
        {
          title: member.displayName,
        },
      )
    }
    return c.redirect(`/app/members/${id}?notice=members:notices.roleChanged`, 303)
  })
  .get(`/app/members/${ID}/remove`, async (c) => {
    authorize(c.var.ctx, 'members.manage')
    const member = await getMember(c.var.ctx, c.req.param('id'))
    return c.render(<RemoveMemberPage member={member} organisation={orgName(c)} />, {
      title: c.var.t('members:remove.confirmTitle', { name: member.displayName }),
    })
  })
  .post(`/app/members/${ID}/remove`, async (c) => {
    const id = c.req.param('id')
    const result = await tryChange(() =>
      removeMember(c.var.ctx, id, (tx, member) =>
        revokeGuardianInvitationsFor(c.var.ctx, tx, member),
      ),
    )
    if (!result.ok) {
      const member = await getMember(c.var.ctx, id)
      c.status(result.status)
      return c.render(
        <RemoveMemberPage
          member={member}
          organisation={orgName(c)}
          errors={result.errors}
          params={result.params}
        />,
        { title: c.var.t('members:remove.confirmTitle', { name: member.displayName }) },
      )
    }
    return c.redirect('/app/members?notice=members:notices.removed', 303)
  })
  .post(`/app/members/${ID}/new-code`, async (c) => {
    const slip = await issueNewCode(c.var.ctx, c.req.param('id'))
    c.header('Cache-Control', 'no-store')
    return c.render(<ActivationSlipPage slip={slip} baseUrl={c.var.deps.env.baseUrl} />, {
      title: c.var.t('members:code.title', { name: slip.displayName }),
    })
  })
  .get(`/app/members/${ID}/guardians`, async (c) => {
    const page = await guardiansPage(c, c.req.param('id'))
    return c.render(
      <GuardiansPage learner={page.learner} candidates={page.candidates} notice={noticeOf(c)} />,
      { title: page.title },
    )
  })
  .post(`/app/members/${ID}/guardians`, async (c) => {
    const id = c.req.param('id')
    authorize(c.var.ctx, 'guardians.manage')
    const form = await readForm(c)
    const parsed = validate(ZLinkGuardian, form)
    const result = parsed.ok
      ? await tryForm(() => linkGuardian(c.var.ctx, id, parsed.data.guardianMembershipId))
      : ({ ok: false, errors: parsed.errors, status: 422 } as const)
    if (!result.ok) {
      const page = await guardiansPage(c, id)
      c.status(result.status)
      return c.render(
        <GuardiansPage {...page} form="link" values={form} errors={result.errors} />,
        { title: page.title },
      )
    }
    return c.redirect(`/app/members/${id}/guardians?notice=members:notices.guardianLinked`, 303)
  })
  .post(`/app/members/${ID}/guardians/invite`, async (c) => {
    const id = c.req.param('id')
    authorize(c.var.ctx, 'guardians.manage')
    const form = await readForm(c)
    const parsed = validate(ZInviteGuardian, form)
    const result = parsed.ok
      ? await tryForm(() => addGuardianByEmail(c.var.ctx, id, parsed.data))
      : ({ ok: false, errors: parsed.errors, status: 422 } as const)
    if (!result.ok) {
      const page = await guardiansPage(c, id)
      c.status(result.status)
      return c.render(
        <GuardiansPage {...page} form="invite" values={form} errors={result.errors} />,
        { title: page.title },
      )
    }
    const notice =
      result.value === 'linked'
        ? 'members:notices.guardianLinked'
        : 'members:notices.guardianInvited'
    return c.redirect(`/app/members/${id}/guardians?notice=${notice}`, 303)
  })
  .post(`/app/members/${ID}/guardians/${GID}/unlink`, async (c) => {
    const id = c.req.param('id')
    await unlinkGuardian(c.var.ctx, id, c.req.param('gid'))
    return c.redirect(`/app/members/${id}/guardians?notice=members:notices.guardianUnlinked`, 303)
  })

function orgName(c: Context<AppEnv>) {
  const actor = c.var.ctx.actor
  const active = actor?.memberships.find((m) => m.tenantId === actor.tenantId)
  return active ? pickText(active.name, c.var.locale).value : ''
}
