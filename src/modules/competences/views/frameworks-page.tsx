import { can } from '#src/lib/policy.ts'
import { Notice, PageHeader } from '#src/ui/components.tsx'
import { TableWrap } from '#src/ui/table-wrap.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import {
  competenceFrameworks,
  type OwnCompetence,
  type Scale,
  scaleOfFramework,
} from '../../competence-frameworks/index.ts'
import { Attribution, bandName, EnglishNote, Txt } from './parts.tsx'

/** A scale's levels, band by band, in the reader's language. */
function Levels({ scale }: { scale: Scale }) {
  const { t } = useUi()
  return (
    <ul class="competence-levels">
      {scale.bands.map((b) => {
        const levels = scale.levels.filter((l) => l.band === b.id)
        const single = levels.length === 1 && levels[0]?.id === b.id
        return (
          <li>
            {single ? (
              t(`competences:level.${scale.id}.${levels[0]!.id}`)
            ) : (
              <>
                {bandName(t, scale, b.id)}:{' '}
                {levels.map((l) => t(`competences:level.${scale.id}.${l.id}`)).join(', ')}
              </>
            )}
          </li>
        )
      })}
    </ul>
  )
}

/** `/app/competences`: the four frameworks with their levels and attribution, and the own list. */
export function FrameworksPage({
  own,
  notice,
}: {
  own: OwnCompetence[]
  notice?: string | undefined
}) {
  const { t, actor } = useUi()
  const manage = can(actor, 'competences.manage')
  return (
    <>
      <PageHeader title={t('competences:home.title')}>
        <a class="btn btn-primary" href="/app/competences/me">
          {t('competences:profile.title')}
        </a>
        <a class="btn btn-secondary" href="/app/competences/rate?phase=self">
          {t('competences:rate.selfTitle')}
        </a>
        {can(actor, 'competences.gaps') && (
          <a class="btn btn-secondary" href="/app/competences/organisation">
            {t('competences:gaps.organisationTitle')}
          </a>
        )}
      </PageHeader>
      {notice && <Notice>{t(notice)}</Notice>}
      <p>{t('competences:home.intro')}</p>
      <EnglishNote />
      {competenceFrameworks().map((f) => {
        const count = f.areas.reduce((n, a) => n + a.competences.length, 0)
        return (
          <section class="competence-framework" aria-labelledby={`fw-${f.id}`}>
            <h2 id={`fw-${f.id}`} lang="en">
              {f.name}
            </h2>
            <p class="muted">
              {t('competences:home.frameworkFacts', { year: f.year, count, areas: f.areas.length })}
            </p>
            <h3>{t('competences:home.levels')}</h3>
            <Levels scale={f.scale} />
            <p class="footnote">
              {t('competences:home.levelsSource')} <span lang="en">{f.scale.source}</span>
            </p>
            <details>
              <summary>{t('competences:home.allCompetences', { count })}</summary>
              {f.areas.map((a) => (
                <>
                  <h4 lang="en">
                    {a.id}. {a.name}
                  </h4>
                  <ul>
                    {a.competences.map((c) => (
                      <li lang="en">
                        {c.id} {c.name}
                      </li>
                    ))}
                  </ul>
                </>
              ))}
            </details>
            <Attribution frameworkId={f.id} />
          </section>
        )
      })}
      <section aria-labelledby="own-heading">
        <h2 id="own-heading">{t('competences:own.title')}</h2>
        <p>{t('competences:own.intro')}</p>
        {manage && (
          <p>
            <a class="btn btn-secondary" href="/app/competences/own/new">
              {t('competences:own.new')}
            </a>
          </p>
        )}
        {own.length === 0 ? (
          <p class="muted">{t('competences:own.empty')}</p>
        ) : (
          <TableWrap labelledBy="own-caption">
            <table>
              <caption id="own-caption">
                {t('competences:own.caption', { count: own.length })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('competences:fields.name')}</th>
                  <th scope="col">{t('competences:fields.description')}</th>
                  <th scope="col">{t('competences:fields.code')}</th>
                  {manage && <th scope="col">{t('competences:own.actions')}</th>}
                </tr>
              </thead>
              <tbody>
                {own.map((o) => (
                  <tr>
                    <td>
                      <Txt text={o.name} />
                    </td>
                    <td>
                      <Txt text={o.description} />
                    </td>
                    <td>
                      <code>{o.code}</code>
                    </td>
                    {manage && (
                      <td>
                        <a href={`/app/competences/own/${o.id}/edit`}>
                          {t('competences:own.edit')}
                        </a>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
        <h3>{t('competences:home.levels')}</h3>
        <Levels scale={scaleOfFramework('org')} />
      </section>
    </>
  )
}
