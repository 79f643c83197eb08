import { DateTime, EmptyState, Notice, PageHeader } from '#src/ui/components.tsx'
import { TableWrap } from '#src/ui/table-wrap.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import { OWN_FRAMEWORK } from '../../competence-frameworks/index.ts'
import type { ProfileRow } from '../aggregate.ts'
import type { CompetenceProfile } from '../service/profile.ts'
import {
  Attribution,
  CompetenceName,
  EnglishNote,
  GroupTitle,
  groupTitleText,
  levelName,
  Txt,
} from './parts.tsx'

function LatestCell({ row }: { row: ProfileRow }) {
  const { t } = useUi()
  const { latest, competence } = row
  if (!latest) return <span class="muted">{t('competences:level.none')}</span>
  return (
    <>
      <strong>{levelName(t, competence.scale, latest.level)}</strong>
      <br />
      <span class="muted">
        {t(`competences:phase.${latest.phase}`)}, <DateTime value={latest.ratedAt} />
      </span>
    </>
  )
}

function CoursesCell({ row, profile }: { row: ProfileRow; profile: CompetenceProfile }) {
  const { t } = useUi()
  if (row.courses.length === 0)
    return <span class="muted">{t('competences:profile.noCourse')}</span>
  const scale = row.competence.scale
  return (
    <ul class="competence-list">
      {row.courses.map((c) => (
        <li>
          <a href={`/app/learning/courses/${c.courseId}`}>
            <Txt text={profile.courses.get(c.courseId)?.title ?? {}} />
          </a>{' '}
          <span class={c.status === 'completed' ? 'badge badge-ok' : 'badge'}>
            {t(`competences:courseStatus.${c.status}`)}
          </span>
          <br />
          {t('competences:profile.beforeAfter', {
            before: levelName(t, scale, c.before),
            after: levelName(t, scale, c.after),
          })}
        </li>
      ))}
    </ul>
  )
}

/** `/app/competences/me` and `/app/competences/people/:id`: a person's competences. */
export function ProfilePage({
  profile,
  self,
  notice,
}: {
  profile: CompetenceProfile
  self: boolean
  notice?: string | undefined
}) {
  const { t, locale } = useUi()
  const empty = profile.groups.length === 0
  return (
    <>
      <PageHeader
        title={
          self
            ? t('competences:profile.title')
            : t('competences:profile.personTitle', { name: profile.name })
        }
      >
        {self && (
          <a class="btn btn-primary" href="/app/competences/rate?phase=self">
            {t('competences:rate.selfTitle')}
          </a>
        )}
        {!self && (
          <a class="btn btn-secondary" href="/app/competences/organisation">
            {t('competences:gaps.organisationTitle')}
          </a>
        )}
      </PageHeader>
      {notice && <Notice>{t(notice)}</Notice>}
      <p>{t(self ? 'competences:profile.intro' : 'competences:profile.personIntro')}</p>
      {empty ? (
        <EmptyState
          title={t('competences:profile.emptyTitle')}
          action={
            self ? (
              <a class="btn btn-secondary" href="/app/competences/rate?phase=self">
                {t('competences:rate.selfTitle')}
              </a>
            ) : undefined
          }
        >
          {t(self ? 'competences:profile.empty' : 'competences:profile.personEmpty')}
        </EmptyState>
      ) : (
        <EnglishNote />
      )}
      {profile.groups.map((rows, gi) => {
        const first = rows[0]!.competence
        const captionId = `profile-${gi}`
        return (
          <section aria-labelledby={`${captionId}-h`}>
            <h2 id={`${captionId}-h`}>
              <GroupTitle first={first} owners={profile.owners} />
            </h2>
            <TableWrap labelledBy={captionId}>
              <table>
                <caption id={captionId}>
                  {t('competences:profile.caption', {
                    count: rows.length,
                    group: groupTitleText(t, locale, first, profile.owners),
                  })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('competences:fields.competence')}</th>
                    <th scope="col">{t('competences:profile.latest')}</th>
                    <th scope="col">{t('competences:profile.courses')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr>
                      <th scope="row">
                        <CompetenceName competence={row.competence} />
                        {row.competence.frameworkId !== OWN_FRAMEWORK && (
                          <>
                            <br />
                            <span class="muted" lang="en">
                              {row.competence.areaName.en}
                            </span>
                          </>
                        )}
                      </th>
                      <td>
                        <LatestCell row={row} />
                      </td>
                      <td>
                        <CoursesCell row={row} profile={profile} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
            <Attribution frameworkId={first.frameworkId} />
          </section>
        )
      })}
    </>
  )
}
