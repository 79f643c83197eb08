import { eq } from 'drizzle-orm'
import type { Context } from 'hono'
import { Hono } from 'hono'
import { readForm, tryForm } from '#src/http/http.ts'
import type { AppEnv } from '#src/http/types.ts'
import { type FieldErrors, notFound } from '#src/lib/errors.ts'
import { validate } from '#src/lib/forms.ts'
import { isLocale, LOCALES } from '#src/lib/i18n.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { authorize } from '#src/lib/policy.ts'
import {
  createOwnCompetence,
  describeCompetences,
  formToOwnCompetence,
  getOwnCompetence,
  levelAt,
  listOwnCompetences,
  updateOwnCompetence,
  ZOwnCompetence,
} from '../competence-frameworks/index.ts'
import { organisations } from '../organisations/index.ts'
import { formToRateInput, ZRate, ZRateQuery } from './inputs.ts'
import { consortiumGaps, organisationGaps } from './service/gaps.ts'
import { myCompetenceProfile, staffCompetenceProfile } from './service/profile.ts'
import { type RatingTarget, rateCompetences, ratingTarget } from './service/ratings.ts'
import { FrameworksPage } from './views/frameworks-page.tsx'
import { ConsortiumGapsPage, OrganisationGapsPage } from './views/gaps-page.tsx'
import { OwnCompetenceFormPage, type OwnFormValues } from './views/own-form.tsx'
import { ProfilePage } from './views/profile-page.tsx'
import { PublicCompetencePage } from './views/public-competence-page.tsx'
import { RatePage } from './views/rate-page.tsx'

type C = Context<AppEnv>

/** Messages a page may be asked to show by `?notice=`; anything else is ignored. */
const NOTICES = new Set(['competences:notices.rated', 'competences:notices.ownSaved'])
const noticeOf = (c: C) => {
  const key = c.req.query('notice')
  return key && NOTICES.has(key) ? key : undefined
}

function renderOwnForm(
  c: C,
  page: { action: string; isNew: boolean; code?: string },
  values: OwnFormValues,
  errors?: FieldErrors,
) {
  return c.render(
    <OwnCompetenceFormPage
      action={page.action}
      isNew={page.isNew}
      code={page.code}
      values={values}
      errors={errors}
    />,
    { title: c.var.t(page.isNew ? 'competences:own.new' : 'competences:own.editTitle') },
  )
}

/** An own competence's form round trip: 422 with what was typed on bad input. */
async function saveOwn(
  c: C,
  page: { action: string; isNew: boolean; code?: string },
  run: (input: ReturnType<typeof ZOwnCompetence.parse>) => Promise<unknown>,
) {
  const raw = formToOwnCompetence(await readForm(c))
  const parsed = validate(ZOwnCompetence, raw)
  if (!parsed.ok) {
    c.status(422)
    return renderOwnForm(c, page, raw, parsed.errors)
  }
  const result = await tryForm(() => run(parsed.data))
  if (!result.ok) {
    c.status(result.status)
    return renderOwnForm(c, page, raw, result.errors)
  }
  return c.redirect('/app/competences?notice=competences:notices.ownSaved', 303)
}

/** The levels saved before, as the form's level ids. */
function savedValues(target: RatingTarget): Map<string, string> {
  return new Map(
    target.competences.flatMap((c) => {
      const ordinal = target.current.get(c.code)
      const level = ordinal ? levelAt(c.scale, ordinal) : undefined
      return level ? [[c.code, level.id] as const] : []
    }),
  )
}

function renderRate(c: C, target: RatingTarget, values: Map<string, string>, errors?: FieldErrors) {
  return c.render(<RatePage target={target} values={values} errors={errors} />, {
    title: c.var.t(`competences:rate.${target.phase}Title`),
  })
}

/** Every page of the competences module under /app/competences, and own competences in public. */
export const competenceRoutes = new Hono<AppEnv>()
  .get('/:locale/competences/:code{org:[a-z0-9-]{1,80}}', async (c, next) => {
    if (!isLocale(c.req.param('locale'))) return next()
    const code = c.req.param('code')
    const competence = (await describeCompetences(c.var.deps, [code])).get(code)
    if (!competence?.ownerId) throw notFound()
    const [owner] = await c.var.deps.db
      .select({ name: organisations.name, slug: organisations.slug })
      .from(organisations)
      .where(eq(organisations.id, competence.ownerId))
    if (!owner) throw notFound()
    c.set(
      'alternates',
      LOCALES.map((l) => ({
        locale: l,
        href: `${c.var.deps.env.baseUrl}/${l}/competences/${code}`,
      })),
    )
    return c.render(<PublicCompetencePage competence={competence} owner={owner} />, {
      title: pickText(competence.name, c.var.locale).value,
      layout: 'public',
    })
  })
  .get('/app/competences', async (c) => {
    const own = await listOwnCompetences(c.var.ctx)
    return c.render(<FrameworksPage own={own} notice={noticeOf(c)} />, {
      title: c.var.t('competences:home.title'),
    })
  })
  .get('/app/competences/own/new', (c) => {
    authorize(c.var.ctx, 'competences.manage')
    return renderOwnForm(
      c,
      { action: '/app/competences/own/new', isNew: true },
      { name: {}, description: {} },
    )
  })
  .post('/app/competences/own/new', async (c) => {
    authorize(c.var.ctx, 'competences.manage')
    return saveOwn(c, { action: '/app/competences/own/new', isNew: true }, (input) =>
      createOwnCompetence(c.var.ctx, input),
    )
  })
  .get('/app/competences/own/:id/edit', async (c) => {
    const own = await getOwnCompetence(c.var.ctx, c.req.param('id'))
    return renderOwnForm(
      c,
      { action: `/app/competences/own/${own.id}/edit`, isNew: false, code: own.code },
      { name: own.name, description: own.description },
    )
  })
  .post('/app/competences/own/:id/edit', async (c) => {
    const own = await getOwnCompetence(c.var.ctx, c.req.param('id'))
    return saveOwn(
      c,
      { action: `/app/competences/own/${own.id}/edit`, isNew: false, code: own.code },
      (input) => updateOwnCompetence(c.var.ctx, own.id, input),
    )
  })
  .get('/app/competences/rate', async (c) => {
    authorize(c.var.ctx, 'competences.rate')
    const query = ZRateQuery.safeParse(c.req.query())
    if (!query.success) throw notFound()
    const target = await ratingTarget(c.var.ctx, {
      phase: query.data.phase,
      courseId: query.data.course,
      frameworkId: query.data.framework,
    })
    return renderRate(c, target, savedValues(target))
  })
  .post('/app/competences/rate', async (c) => {
    authorize(c.var.ctx, 'competences.rate')
    const form = await readForm(c)
    const raw = formToRateInput(form)
    const frameworkId = typeof form.framework === 'string' ? form.framework : undefined
    const typed = new Map(raw.ratings.map((r) => [r.code, r.level]))
    const parsed = validate(ZRate, raw)
    if (!parsed.ok) {
      const phase = ZRate.shape.phase.safeParse(raw.phase)
      if (!phase.success) throw notFound()
      const target = await ratingTarget(c.var.ctx, {
        phase: phase.data,
        courseId: raw.courseId,
        frameworkId,
      })
      c.status(422)
      return renderRate(c, target, typed, parsed.errors)
    }
    const result = await tryForm(() => rateCompetences(c.var.ctx, { ...parsed.data, frameworkId }))
    if (!result.ok) {
      const target = await ratingTarget(c.var.ctx, {
        phase: parsed.data.phase,
        courseId: parsed.data.courseId,
        frameworkId,
      })
      c.status(result.status)
      return renderRate(c, target, typed, result.errors)
    }
    return c.redirect('/app/competences/me?notice=competences:notices.rated', 303)
  })
  .get('/app/competences/me', async (c) => {
    const profile = await myCompetenceProfile(c.var.ctx)
    return c.render(<ProfilePage profile={profile} self notice={noticeOf(c)} />, {
      title: c.var.t('competences:profile.title'),
    })
  })
  .get('/app/competences/people/:userId', async (c) => {
    const profile = await staffCompetenceProfile(c.var.ctx, c.req.param('userId'))
    return c.render(<ProfilePage profile={profile} self={false} />, {
      title: c.var.t('competences:profile.personTitle', { name: profile.name }),
    })
  })
  .get('/app/competences/organisation', async (c) => {
    const gaps = await organisationGaps(c.var.ctx)
    return c.render(<OrganisationGapsPage gaps={gaps} />, {
      title: c.var.t('competences:gaps.organisationTitle'),
    })
  })
  .get('/app/competences/projects/:projectId', async (c) => {
    const gaps = await consortiumGaps(c.var.ctx, c.req.param('projectId'))
    return c.render(<ConsortiumGapsPage gaps={gaps} />, {
      title: c.var.t('competences:gaps.consortiumTitle', { acronym: gaps.acronym }),
    })
  })
