import { numberFormat } from '#src/lib/intl.ts'
import { can } from '#src/lib/policy.ts'
import { EmptyState, PageHeader } from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { HomeSummary } from './service.ts'

function Stat({ label, value, href }: { label: string; value: number; href?: string }) {
  const { locale } = useUi()
  const text = numberFormat(locale).format(value)
  return (
    <div class="stat">
      <span class="stat-value">{href ? <a href={href}>{text}</a> : text}</span>
      <span class="stat-label">{label}</span>
    </div>
  )
}

function OfficeHome({ summary }: { summary: HomeSummary }) {
  const { t, actor } = useUi()
  const total = Object.values(summary.membersByRole).reduce((a, b) => a + b, 0)
  return (
    <>
      <section aria-labelledby="team-h">
        <h2 id="team-h">{t('home:office.team')}</h2>
        <div class="stats">
          <Stat
            label={t('home:office.members', { count: total })}
            value={total}
            href="/app/members"
          />
          <Stat
            label={t('home:office.learners', { count: summary.membersByRole.learner ?? 0 })}
            value={summary.membersByRole.learner ?? 0}
          />
          <Stat
            label={t('home:office.pendingInvitations', { count: summary.pendingInvitations })}
            value={summary.pendingInvitations}
          />
        </div>
      </section>
      {total <= 1 && (
        <EmptyState
          title={t('home:office.emptyTitle')}
          action={
            <a class="btn btn-primary" href="/app/members/invite">
              {t('home:office.inviteFirst')}
            </a>
          }
        >
          {t('home:office.emptyBody')}
        </EmptyState>
      )}
      <section aria-labelledby="actions-h">
        <h2 id="actions-h">{t('home:actions.title')}</h2>
        <ul class="action-list">
          {can(actor, 'members.invite') && (
            <li>
              <a href="/app/members/invite">{t('home:actions.invite')}</a>
            </li>
          )}
          {can(actor, 'learners.create') && (
            <li>
              <a href="/app/members/new-learner">{t('home:actions.newLearner')}</a>
            </li>
          )}
          {can(actor, 'organisation.edit') && (
            <li>
              <a href="/app/organisation/edit">{t('home:actions.editOrganisation')}</a>
            </li>
          )}
        </ul>
      </section>
    </>
  )
}

function GuardianHome({ summary }: { summary: HomeSummary }) {
  const { t } = useUi()
  if (summary.guardianOf.length === 0) {
    return (
      <EmptyState title={t('home:guardian.emptyTitle')}>{t('home:guardian.emptyBody')}</EmptyState>
    )
  }
  return (
    <section aria-labelledby="children-h">
      <h2 id="children-h">{t('home:guardian.children')}</h2>
      <ul>
        {summary.guardianOf.map((c) => (
          <li>{c.displayName}</li>
        ))}
      </ul>
      <p>{t('home:guardian.whatNext')}</p>
    </section>
  )
}

export function HomePage({ summary }: { summary: HomeSummary }) {
  const { t, actor } = useUi()
  if (!actor) return null
  const role = actor.role
  return (
    <>
      <PageHeader title={t('home:greeting', { name: actor.displayName })} />
      {actor.isPlatformAdmin && summary.organisationCount !== null && (
        <section aria-labelledby="platform-h">
          <h2 id="platform-h">{t('home:platform.title')}</h2>
          <div class="stats">
            <Stat
              label={t('home:platform.organisations', { count: summary.organisationCount })}
              value={summary.organisationCount}
              href="/app/admin/organisations"
            />
          </div>
        </section>
      )}
      {!actor.tenantId && !actor.isPlatformAdmin && (
        <EmptyState title={t('home:none.title')}>{t('home:none.body')}</EmptyState>
      )}
      {(role === 'org_admin' || role === 'coordinator') && <OfficeHome summary={summary} />}
      {role === 'staff' && (
        <EmptyState title={t('home:staff.emptyTitle')}>{t('home:staff.emptyBody')}</EmptyState>
      )}
      {role === 'learner' && (
        <EmptyState title={t('home:learner.emptyTitle')}>{t('home:learner.emptyBody')}</EmptyState>
      )}
      {role === 'guardian' && <GuardianHome summary={summary} />}
      {role === 'partner_contact' && (
        <EmptyState title={t('home:partner.emptyTitle')}>{t('home:partner.emptyBody')}</EmptyState>
      )}
    </>
  )
}

export function LandingPage({
  organisations,
}: {
  organisations: { slug: string; name: string; lang: string; country: string }[]
}) {
  const { t, locale } = useUi()
  return (
    <>
      <section class="hero">
        <h1>{t('home:landing.title')}</h1>
        <p class="lead">{t('home:landing.lead')}</p>
        <p>
          <a class="btn btn-primary" href="/signin">
            {t('common:nav.signIn')}
          </a>
        </p>
      </section>
      <section aria-labelledby="tools-h">
        <h2 id="tools-h">{t('home:landing.tools')}</h2>
        <ul class="action-list">
          <li>
            <a href={`/${locale}/grant-calculator`}>{t('home:landing.grantCalculator')}</a>
            <span class="muted"> — {t('home:landing.grantCalculatorHint')}</span>
          </li>
          <li>
            <a href={`/${locale}/catalogue/courses`}>{t('catalogue:landing.link')}</a>
            <span class="muted"> — {t('catalogue:landing.hint')}</span>
          </li>
        </ul>
      </section>
      <section aria-labelledby="orgs-h">
        <h2 id="orgs-h">{t('home:landing.organisations')}</h2>
        {organisations.length === 0 ? (
          <p>{t('home:landing.noOrganisations')}</p>
        ) : (
          <ul class="org-list">
            {organisations.map((o) => (
              <li>
                <a href={`/${locale}/o/${o.slug}`} lang={o.lang}>
                  {o.name}
                </a>{' '}
                <span class="muted">{o.country}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  )
}
