import { can } from '#src/lib/policy.ts'
import { EmptyState, Notice, PageHeader } from '#src/ui/components.tsx'
import { Pagination } from '#src/ui/pagination.tsx'
import { TableWrap } from '#src/ui/table-wrap.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { CatalogueRow, listCatalogue } from '../service/courses.ts'
import type { MyCourse } from '../service/enrolment.ts'
import { languagesOf, minutesLabel, Progress, Txt } from './parts.tsx'

type Catalogue = Awaited<ReturnType<typeof listCatalogue>>

function LanguageBadges({ row }: { row: Pick<CatalogueRow, 'title'> }) {
  const { t } = useUi()
  const langs = languagesOf(row.title)
  return (
    <span class="muted">
      {t('learning:catalogue.languages', { languages: langs.join(', ').toUpperCase() })}
    </span>
  )
}

/** `/app/learning`: my courses with their progress, then every course I may join. */
export function LearningHomePage({
  mine,
  catalogue,
  orgNames,
  notice,
}: {
  mine: MyCourse[]
  catalogue: Catalogue
  orgNames: Map<string, string>
  notice?: string | undefined
}) {
  const { t, locale, actor } = useUi()
  const enrolled = new Set(mine.map((m) => m.course.id))
  return (
    <>
      <PageHeader title={t('learning:home.title')}>
        <a class="btn btn-secondary" href="/app/learning/curricula">
          {t('curricula:nav.curricula')}
        </a>
        <a class="btn btn-secondary" href="/app/learning/guidebooks">
          {t('curricula:nav.guidebooks')}
        </a>
        {can(actor, 'learning.author') && (
          <a class="btn btn-secondary" href="/app/learning/manage">
            {t('learning:manage.title')}
          </a>
        )}
        {can(actor, 'learning.reports') && (
          <a class="btn btn-secondary" href="/app/learning/reports">
            {t('learning:orgReport.title')}
          </a>
        )}
      </PageHeader>
      {notice && <Notice>{t(notice)}</Notice>}
      <section aria-labelledby="mine-heading">
        <h2 id="mine-heading">{t('learning:home.mine')}</h2>
        {mine.length === 0 ? (
          <p>{t('learning:home.mineEmpty')}</p>
        ) : (
          <ul class="course-cards">
            {mine.map((m) => (
              <li class="course-card">
                <h3>
                  <a href={`/app/learning/courses/${m.course.id}`}>
                    <Txt text={m.course.title} lang={m.enrolment.contentLocale ?? locale} />
                  </a>
                </h3>
                {m.enrolment.status === 'completed' ? (
                  <p>
                    <span class="badge badge-ok">{t('learning:status.completed')}</span>{' '}
                    {m.credential && (
                      <a href={`/${locale}/credentials/${m.credential.code}`}>
                        {t('learning:course.certificate')}
                      </a>
                    )}
                  </p>
                ) : (
                  <Progress percent={m.percent} label={t('learning:progress.label')} />
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="catalogue-heading">
        <h2 id="catalogue-heading">{t('learning:catalogue.title')}</h2>
        {catalogue.items.length === 0 ? (
          <EmptyState title={t('learning:catalogue.emptyTitle')}>
            {t('learning:catalogue.empty')}
          </EmptyState>
        ) : (
          <ul class="course-cards">
            {catalogue.items.map((c) => (
              <li class="course-card">
                <h3>
                  <a href={`/app/learning/courses/${c.id}`}>
                    <Txt text={c.title} lang={locale} />
                  </a>
                </h3>
                <p>
                  <Txt text={c.summary} lang={locale} />
                </p>
                <p class="muted">
                  {orgNames.get(c.tenantId)} ·{' '}
                  {t('learning:catalogue.lessons', { count: c.lessonCount })} ·{' '}
                  {minutesLabel(t, c.minutes)} · <LanguageBadges row={c} />
                </p>
                {enrolled.has(c.id) && (
                  <p>
                    <span class="badge">{t('learning:catalogue.enrolled')}</span>
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
        <Pagination
          page={catalogue.page}
          pageCount={catalogue.pageCount}
          href={(p) => `/app/learning?page=${p}`}
        />
      </section>
    </>
  )
}

/** `/app/learning/manage`: the organisation's courses, drafts included, for its authors. */
export function ManageCoursesPage({ rows }: { rows: CatalogueRow[] }) {
  const { t, locale } = useUi()
  return (
    <>
      <PageHeader title={t('learning:manage.title')}>
        <a class="btn btn-primary" href="/app/learning/courses/new">
          {t('learning:manage.new')}
        </a>
        <a class="btn btn-secondary" href="/app/learning/import">
          {t('course-transfer:import.title')}
        </a>
      </PageHeader>
      {rows.length === 0 ? (
        <EmptyState title={t('learning:manage.emptyTitle')}>
          {t('learning:manage.empty')}
        </EmptyState>
      ) : (
        <TableWrap labelledBy="courses-caption">
          <table>
            <caption id="courses-caption">
              {t('learning:manage.caption', { count: rows.length })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('learning:fields.title')}</th>
                <th scope="col">{t('learning:fields.status')}</th>
                <th scope="col">{t('learning:fields.visibility')}</th>
                <th scope="col">{t('learning:manage.lessons')}</th>
                <th scope="col">{t('learning:manage.languages')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr>
                  <td>
                    <a href={`/app/learning/courses/${c.id}`}>
                      <Txt text={c.title} lang={locale} />
                    </a>
                  </td>
                  <td>{t(`learning:courseStatus.${c.status}`)}</td>
                  <td>{t(`learning:visibility.${c.visibility}`)}</td>
                  <td>{c.lessonCount}</td>
                  <td>{languagesOf(c.title).join(', ').toUpperCase()}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </>
  )
}
