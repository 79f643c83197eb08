import { Hono } from 'hono'
import { tryForm } from '#src/http/http.ts'
import { addSitemapSource } from '#src/http/sitemap.ts'
import type { AppEnv } from '#src/http/types.ts'
import { validate } from '#src/lib/forms.ts'
import { isLocale, LOCALES } from '#src/lib/i18n.ts'
import { scalarParams } from './format.ts'
import { ZGrantForm } from './inputs.ts'
import {
  availableCallYears,
  estimateGrant,
  findBaseRateRange,
  getCalculatorFacts,
  listActivityTypes,
} from './service.ts'
import { CalculatorPage, type CalculatorPageProps } from './views.tsx'

const PATH = '/grant-calculator'

addSitemapSource(async () => [{ path: PATH }])

/** Only the calculator's own fields are kept, as strings, to re-render the form. */
const FIELDS = Object.keys(ZGrantForm.shape)

function pick(query: Record<string, string>): Record<string, string> {
  return Object.fromEntries(FIELDS.filter((f) => f in query).map((f) => [f, query[f] ?? '']))
}

export const grantRoutes = new Hono<AppEnv>().get(`/:locale${PATH}`, async (c, next) => {
  const locale = c.req.param('locale')
  if (!isLocale(locale)) return next()
  const url = new URL(c.req.url)
  c.set(
    'alternates',
    LOCALES.map((l) => ({ locale: l, href: `${c.var.deps.env.baseUrl}/${l}${PATH}${url.search}` })),
  )
  const years = availableCallYears()
  const latest = years.at(-1)!
  const values = pick(c.req.query())
  const isSubmitted = 'activityType' in values
  const year = years.find((y) => String(y) === values.callYear) ?? latest
  const base: CalculatorPageProps = {
    values: isSubmitted ? values : { callYear: String(latest), participantsBefore: '0' },
    years,
    activities: listActivityTypes(year),
    facts: getCalculatorFacts(year),
    rateRange: findBaseRateRange(
      year,
      (values.activityType ?? '').toUpperCase(),
      (values.receivingCountry ?? '').toUpperCase(),
    ),
  }
  const render = (props: CalculatorPageProps) =>
    c.render(<CalculatorPage {...props} />, {
      title: c.var.t('grants:page.title'),
      layout: 'public',
      description: c.var.t('grants:page.lead'),
    })
  if (!isSubmitted) return render(base)

  const parsed = validate(ZGrantForm, values)
  if (!parsed.ok) {
    c.status(422)
    return render({ ...base, errors: parsed.errors })
  }
  const result = await tryForm(async () => estimateGrant(parsed.data))
  if (!result.ok) {
    c.status(result.status)
    return render({ ...base, errors: result.errors, params: scalarParams(result.params) })
  }
  return render({ ...base, estimate: result.value })
})
