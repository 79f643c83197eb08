import { can } from '#src/lib/policy.ts'
import { EmptyState, Form, Notice, PageHeader } from '#src/ui/components.tsx'
import { TableWrap } from '#src/ui/table-wrap.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { MemberFilter, MemberRow } from '../../users/index.ts'
import { ROLES } from '../../users/index.ts'
import { DateOnly, Login } from './shared.tsx'

export type PendingInvitation = {
  id: string
  email: string
  displayName: string
  role: string
  learnerName: string | null
  expiresAt: Date
  createdAt: Date
  isExpired: boolean
}

function FilterForm({ filter }: { filter: MemberFilter }) {
  const { t } = useUi()
  return (
    <form method="get" action="/app/members" class="filters">
      <div class="field">
        <label for="f-q">{t('members:list.search')}</label>
        <input id="f-q" name="q" type="search" value={filter.q ?? ''} maxlength={120} />
      </div>
      <div class="field">
        <label for="f-role">{t('members:list.role')}</label>
        <select id="f-role" name="role">
          <option value="">{t('members:list.allRoles')}</option>
          {ROLES.map((r) => (
            <option value={r} selected={filter.role === r}>
              {t(`common:roles.${r}`)}
            </option>
          ))}
        </select>
      </div>
      <button class="btn btn-secondary" type="submit">
        {t('members:list.filter')}
      </button>
    </form>
  )
}

function MembersTable({ members }: { members: MemberRow[] }) {
  const { t } = useUi()
  return (
    <TableWrap labelledBy="members-caption">
      <table>
        <caption id="members-caption">
          {t('members:list.caption', { count: members.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('members:list.name')}</th>
            <th scope="col">{t('members:list.login')}</th>
            <th scope="col">{t('members:list.role')}</th>
            <th scope="col">{t('members:list.since')}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr>
              <th scope="row">
                <a href={`/app/members/${m.membershipId}`}>{m.displayName}</a>
              </th>
              <td>
                <Login email={m.email} username={m.username} />
              </td>
              <td>{t(`common:roles.${m.role}`)}</td>
              <td>
                <DateOnly value={m.createdAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  )
}

function InvitationsTable({ invitations }: { invitations: PendingInvitation[] }) {
  const { t, actor } = useUi()
  const mayRevoke = can(actor, 'members.invite')
  return (
    <TableWrap labelledBy="member-invitations-caption">
      <table>
        <caption id="member-invitations-caption">
          {t('members:invitations.caption', { count: invitations.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('members:invitations.email')}</th>
            <th scope="col">{t('members:list.role')}</th>
            <th scope="col">{t('members:invitations.sent')}</th>
            <th scope="col">{t('members:invitations.expires')}</th>
            {mayRevoke && <th scope="col">{t('members:list.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {invitations.map((i) => (
            <tr>
              <th scope="row">
                {i.email}
                {i.displayName && <span class="muted"> ({i.displayName})</span>}
              </th>
              <td>
                {t(`common:roles.${i.role}`)}
                {i.learnerName && (
                  <div class="muted">
                    {t('members:invitations.forLearner', { name: i.learnerName })}
                  </div>
                )}
              </td>
              <td>
                <DateOnly value={i.createdAt} />
              </td>
              <td>
                {i.isExpired ? (
                  <span class="badge badge-warn">{t('members:invitations.expired')}</span>
                ) : (
                  <DateOnly value={i.expiresAt} />
                )}
              </td>
              {mayRevoke && (
                <td>
                  <Form action={`/app/members/invitations/${i.id}/revoke`} class="inline">
                    <button
                      type="submit"
                      class="btn btn-danger"
                      aria-label={t('members:invitations.revokeNamed', { email: i.email })}
                    >
                      {t('members:invitations.revoke')}
                    </button>
                  </Form>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  )
}

/** The people of the active organisation, with a filter, and the invitations still open. */
export function MembersPage({
  members,
  invitations,
  filter,
  notice,
}: {
  members: MemberRow[]
  invitations: PendingInvitation[]
  filter: MemberFilter
  notice?: string | undefined
}) {
  const { t, actor } = useUi()
  const filtered = Boolean(filter.q || filter.role)
  return (
    <>
      <PageHeader title={t('members:list.title')}>
        {can(actor, 'members.invite') && (
          <a class="btn btn-primary" href="/app/members/invite">
            {t('members:list.invite')}
          </a>
        )}
        {can(actor, 'learners.create') && (
          <a class="btn btn-secondary" href="/app/members/new-learner">
            {t('members:list.newLearner')}
          </a>
        )}
      </PageHeader>
      {notice && <Notice>{t(notice)}</Notice>}
      <FilterForm filter={filter} />
      {members.length === 0 ? (
        <EmptyState title={t(filtered ? 'members:list.noMatchTitle' : 'members:list.emptyTitle')}>
          {t(filtered ? 'members:list.noMatchBody' : 'members:list.emptyBody')}
        </EmptyState>
      ) : (
        <MembersTable members={members} />
      )}
      <section aria-labelledby="invitations-h">
        <h2 id="invitations-h">{t('members:invitations.title')}</h2>
        {invitations.length === 0 ? (
          <p>{t('members:invitations.none')}</p>
        ) : (
          <InvitationsTable invitations={invitations} />
        )}
      </section>
    </>
  )
}
