import { formatDate } from '#src/lib/dates.ts'
import { Button, Form, Notice, PageHeader } from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import { formatEur } from '../format.ts'
import { STAGES, type Stage } from '../schema.ts'
import { type ApplicationRow, nextStages } from '../service/applications.ts'
import { FundingTabs, Txt } from './parts.tsx'

/** The buttons that move an application; "funded" opens the page with the project's form. */
export function StageButtons({
  row,
  canManage,
}: {
  row: { id: string; title: string; stage: Stage }
  canManage: boolean
}) {
  const { t } = useUi()
  if (!canManage) return null
  const next = nextStages(row.stage)
  if (next.length === 0) return null
  const hidden = <span class="visually-hidden">: {row.title}</span>
  return (
    <div class="inline-actions">
      {next.map((stage) =>
        stage === 'funded' ? (
          <a class="btn btn-secondary" href={`/app/funding/applications/${row.id}#funded-heading`}>
            {t('funding:stage.moveTo.funded')}
            {hidden}
          </a>
        ) : (
          <Form action={`/app/funding/applications/${row.id}/stage`} class="inline-form">
            <Button variant="secondary" name="stage" value={stage}>
              {t(`funding:stage.moveTo.${stage}`)}
              {hidden}
            </Button>
          </Form>
        ),
      )}
    </div>
  )
}

/** `/app/funding/applications`: the school's applications, one section per stage. */
export function PipelinePage(props: {
  rows: ApplicationRow[]
  canManage: boolean
  notice?: string | undefined
}) {
  const { t, locale } = useUi()
  return (
    <>
      <PageHeader title={t('funding:pipeline.title')}>
        {props.canManage && (
          <a class="btn btn-primary" href="/app/funding/applications/new">
            {t('funding:pipeline.new')}
          </a>
        )}
      </PageHeader>
      <FundingTabs />
      {props.notice && <Notice>{t(props.notice)}</Notice>}
      <p class="hint">{t('funding:pipeline.intro')}</p>
      {STAGES.map((stage) => {
        const rows = props.rows.filter((r) => r.stage === stage)
        const id = `stage-${stage}`
        return (
          <section aria-labelledby={id}>
            <h2 id={id}>
              {t(`funding:stage.${stage}`)}{' '}
              <span class="muted">({t('funding:pipeline.count', { count: rows.length })})</span>
            </h2>
            {rows.length === 0 ? (
              <p class="muted">{t('funding:pipeline.emptyStage')}</p>
            ) : (
              <ul class="course-cards">
                {rows.map((r) => (
                  <li class="course-card">
                    <h3>
                      <a href={`/app/funding/applications/${r.id}`}>{r.title}</a>
                    </h3>
                    <p class="muted">
                      {r.actionCode} · <Txt text={r.opportunityTitle} />
                    </p>
                    <p>
                      {r.ownerName && <>{t('funding:pipeline.owner', { name: r.ownerName })} · </>}
                      {r.requestedAmountEur
                        ? t('funding:pipeline.requested', {
                            amount: formatEur(locale, r.requestedAmountEur),
                          })
                        : t('funding:pipeline.noAmount')}
                      {r.submittedOn && (
                        <>
                          {' '}
                          ·{' '}
                          {t('funding:pipeline.submittedOn', {
                            date: formatDate(locale, r.submittedOn),
                          })}
                        </>
                      )}
                    </p>
                    {r.projectId && (
                      <p>
                        <a href={`/app/projects/${r.projectId}`}>{t('funding:pipeline.project')}</a>
                      </p>
                    )}
                    <StageButtons row={r} canManage={props.canManage} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        )
      })}
    </>
  )
}
