import type { FieldErrors } from '#src/lib/errors.ts'
import { can, grantableRoles } from '#src/lib/policy.ts'
import { Button, ErrorSummary, Form, Notice, PageHeader, SelectField } from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { MemberDetails, MemberLink } from '../../users/index.ts'
import { DateOnly, formatIsoDate, Login } from './shared.tsx'

type State = {
  errors?: FieldErrors | undefined
  params?: Record<string, unknown> | undefined
  notice?: string | undefined
}

function LinkList({ people, empty }: { people: MemberLink[]; empty: string }) {
  if (people.length === 0) return <p>{empty}</p>
  return (
    <ul>
      {people.map((p) => (
        <li>
          <a href={`/app/members/${p.membershipId}`}>{p.displayName}</a>
          {p.email && <span class="muted"> · {p.email}</span>}
        </li>
      ))}
    </ul>
  )
}

function Facts({ member }: { member: MemberDetails }) {
  const { t, locale } = useUi()
  return (
    <dl class="facts">
      <dt>{t('members:detail.login')}</dt>
      <dd>
        <Login email={member.email} username={member.username} />
      </dd>
      <dt>{t('members:list.role')}</dt>
      <dd>{t(`common:roles.${member.role}`)}</dd>
      <dt>{t('members:list.since')}</dt>
      <dd>
        <DateOnly value={member.createdAt} />
      </dd>
      {member.dateOfBirth && (
        <>
          <dt>{t('members:detail.dateOfBirth')}</dt>
          <dd>{formatIsoDate(member.dateOfBirth, locale)}</dd>
        </>
      )}
      {member.phone && (
        <>
          <dt>{t('members:detail.phone')}</dt>
          <dd>{member.phone}</dd>
        </>
      )}
      <dt>{t('members:detail.account')}</dt>
      <dd>
        {member.isActivated ? (
          <span class="badge badge-ok">{t('members:detail.activated')}</span>
        ) : (
          <span class="badge badge-warn">{t('members:detail.notActivated')}</span>
        )}
      </dd>
    </dl>
  )
}

/** One member: facts, role, guardians or learners, and what an administrator may change. */
export function MemberPage({ member, errors, params, notice }: State & { member: MemberDetails }) {
  const { t, actor } = useUi()
  if (!actor) return null
  const roles = grantableRoles(actor)
  const isLearner = member.role === 'learner'
  return (
    <>
      <PageHeader title={member.displayName}>
        <a href="/app/members">{t('members:detail.back')}</a>
      </PageHeader>
      {notice && <Notice>{t(notice)}</Notice>}
      <ErrorSummary errors={errors} params={params} />
      <Facts member={member} />
      {isLearner && (
        <section aria-labelledby="guardians-h">
          <h2 id="guardians-h">{t('members:guardians.title')}</h2>
          <LinkList people={member.guardians} empty={t('members:guardians.none')} />
          {can(actor, 'guardians.manage') && (
            <p>
              <a href={`/app/members/${member.membershipId}/guardians`}>
                {t('members:guardians.manage')}
              </a>
            </p>
          )}
        </section>
      )}
      {member.role === 'guardian' && (
        <section aria-labelledby="learners-h">
          <h2 id="learners-h">{t('members:detail.learnersTitle')}</h2>
          <LinkList people={member.learners} empty={t('members:detail.noLearners')} />
        </section>
      )}
      {isLearner && member.username && can(actor, 'learners.create') && (
        <section aria-labelledby="code-h">
          <h2 id="code-h">{t('members:code.newTitle')}</h2>
          <p>{t('members:code.newIntro')}</p>
          <Form action={`/app/members/${member.membershipId}/new-code`}>
            <Button variant="secondary">{t('members:code.newSubmit')}</Button>
          </Form>
        </section>
      )}
      {can(actor, 'members.manage') && (
        <section aria-labelledby="role-h">
          <h2 id="role-h">{t('members:role.title')}</h2>
          <Form action={`/app/members/${member.membershipId}/role`}>
            <SelectField
              name="role"
              label={t('members:role.label')}
              value={member.role}
              error={errors?.role}
              options={roles.map((r) => ({ value: r, label: t(`common:roles.${r}`) }))}
            />
            <Button>{t('members:role.submit')}</Button>
          </Form>
          <h2>{t('members:remove.title')}</h2>
          <p>
            <a class="btn btn-danger" href={`/app/members/${member.membershipId}/remove`}>
              {t('members:remove.start', { name: member.displayName })}
            </a>
          </p>
        </section>
      )}
    </>
  )
}

/** Asks before removing someone from the organisation. */
export function RemoveMemberPage({
  member,
  organisation,
  errors,
  params,
}: State & { member: MemberDetails; organisation: string }) {
  const { t } = useUi()
  return (
    <section class="narrow">
      <h1>{t('members:remove.confirmTitle', { name: member.displayName })}</h1>
      <ErrorSummary errors={errors} params={params} />
      <p>{t('members:remove.explain', { name: member.displayName, organisation })}</p>
      <Form action={`/app/members/${member.membershipId}/remove`}>
        <Button variant="danger">{t('members:remove.submit')}</Button>
      </Form>
      <p>
        <a href={`/app/members/${member.membershipId}`}>{t('common:form.cancel')}</a>
      </p>
    </section>
  )
}
