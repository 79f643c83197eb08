import { can } from '#src/lib/policy.ts'
import { Notice, PageHeader } from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { CurriculumLists, CurriculumRow, FollowedRow } from '../service/curricula.ts'
import { LearningTabs, SharingLabel, Txt } from './parts.tsx'

function Card({
  row,
  orgName,
  followed,
}: {
  row: CurriculumRow
  orgName: string | undefined
  followed?: FollowedRow | undefined
}) {
  const { t } = useUi()
  return (
    <li class="course-card">
      <h3>
        <a href={`/app/learning/curricula/${row.id}`}>
          <Txt text={row.title} />
        </a>
      </h3>
      <p>
        <Txt text={row.summary} />
      </p>
      <p class="muted">
        {orgName && <>{orgName} · </>}
        {t('curricula:list.courses', { count: row.courseCount })} ·{' '}
        <SharingLabel visibility={row.visibility} />
        {row.status === 'draft' && (
          <>
            {' '}
            · <span class="badge badge-warn">{t('curricula:status.draft')}</span>
          </>
        )}
      </p>
      {followed && (
        <p>
          {followed.completedAt ? (
            <span class="badge badge-ok">{t('curricula:list.completed')}</span>
          ) : (
            <span class="badge">{t('curricula:list.following')}</span>
          )}
        </p>
      )}
    </li>
  )
}

function Section(props: {
  id: string
  title: string
  empty: string
  rows: CurriculumRow[]
  orgNames: Map<string, string>
  following: Map<string, FollowedRow>
}) {
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      {props.rows.length === 0 ? (
        <p>{props.empty}</p>
      ) : (
        <ul class="course-cards">
          {props.rows.map((row) => (
            <Card
              row={row}
              orgName={props.orgNames.get(row.tenantId)}
              followed={props.following.get(row.id)}
            />
          ))}
        </ul>
      )}
    </section>
  )
}

/** `/app/learning/curricula`: what I follow, my school's, my consortia's and the public ones. */
export function CurriculaPage({
  lists,
  orgNames,
  notice,
}: {
  lists: CurriculumLists
  orgNames: Map<string, string>
  notice?: string | undefined
}) {
  const { t, actor } = useUi()
  const following = new Map(lists.following.map((f) => [f.id, f]))
  const common = { orgNames, following }
  return (
    <>
      <PageHeader title={t('curricula:list.title')}>
        {can(actor, 'learning.author') && (
          <a class="btn btn-primary" href="/app/learning/curricula/new">
            {t('curricula:list.new')}
          </a>
        )}
      </PageHeader>
      <LearningTabs />
      {notice && <Notice>{t(notice)}</Notice>}
      <p class="hint">{t('curricula:list.intro')}</p>
      <Section
        id="following-heading"
        title={t('curricula:list.mine')}
        empty={t('curricula:list.mineEmpty')}
        rows={lists.following}
        {...common}
      />
      <Section
        id="own-heading"
        title={t('curricula:list.own')}
        empty={t('curricula:list.ownEmpty')}
        rows={lists.own}
        {...common}
      />
      <Section
        id="consortium-heading"
        title={t('curricula:list.consortium')}
        empty={t('curricula:list.consortiumEmpty')}
        rows={lists.consortium}
        {...common}
      />
      <Section
        id="public-heading"
        title={t('curricula:list.public')}
        empty={t('curricula:list.publicEmpty')}
        rows={lists.public}
        {...common}
      />
    </>
  )
}
