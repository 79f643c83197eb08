import { type Context, Hono } from 'hono'
import { z } from 'zod'
import { readForm, tryForm } from '#src/http/http.ts'
import type { AppEnv } from '#src/http/types.ts'
import { validate } from '#src/lib/forms.ts'
import {
  getRateSheet,
  listNationalAgencyRates,
  nationalAgencyCountries,
  rateCells,
  saveRateSheet,
} from './rates.ts'
import { RatesPage, type RatesPageProps } from './rates-views.tsx'
import { availableCallYears, rulesFor } from './rule-book.ts'

const PATH = '/app/admin/grant-rates'

const ZQuery = z.object({
  year: z.coerce.number().int().optional().catch(undefined),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/)
    .transform((s) => s.toUpperCase())
    .optional()
    .catch(undefined),
  notice: z.literal('grants:rates.saved').optional().catch(undefined),
})

const ZSheetForm = z.object({
  callYear: z.coerce.number('grants:errors.callYear').int('grants:errors.callYear'),
  sendingCountry: z
    .string('grants:rates.errors.country')
    .regex(/^[A-Za-z]{2}$/, 'grants:rates.errors.country'),
})

async function pageProps(
  c: Context<AppEnv>,
  callYear: number,
  country: string | undefined,
): Promise<RatesPageProps> {
  const rules = rulesFor(callYear)
  const sheets = await listNationalAgencyRates(c.var.ctx, callYear)
  const sheet = country ? await getRateSheet(c.var.ctx, callYear, country) : null
  return {
    years: availableCallYears(),
    callYear,
    countries: nationalAgencyCountries(callYear),
    isConfirmed: rules.isConfirmed,
    source: rules.source,
    cells: rateCells(callYear),
    sheets,
    edit: sheet
      ? {
          country: sheet.sendingCountry,
          values: Object.fromEntries(sheet.cells.map((cell) => [cell.key, cell.value ?? ''])),
        }
      : null,
  }
}

function render(c: Context<AppEnv>, props: RatesPageProps) {
  return c.render(<RatesPage {...props} />, { title: c.var.t('grants:rates.title') })
}

export const grantRateRoutes = new Hono<AppEnv>()
  .get(PATH, async (c) => {
    const query = ZQuery.parse(c.req.query())
    const years = availableCallYears()
    const year = years.find((y) => y === query.year) ?? years.at(-1)!
    const props = await pageProps(c, year, query.country)
    return render(c, { ...props, notice: query.notice })
  })
  .post(PATH, async (c) => {
    const form = await readForm(c)
    const parsed = validate(ZSheetForm, form)
    const year = parsed.ok ? parsed.data.callYear : availableCallYears().at(-1)!
    const rates = Object.fromEntries(
      Object.entries(form).filter((e): e is [string, string] => typeof e[1] === 'string'),
    )
    const result = parsed.ok
      ? await tryForm(() =>
          saveRateSheet(c.var.ctx, {
            callYear: parsed.data.callYear,
            sendingCountry: parsed.data.sendingCountry,
            rates,
          }),
        )
      : ({ ok: false, errors: parsed.errors, status: 422 } as const)
    if (result.ok) {
      const { callYear, sendingCountry } = result.value
      return c.redirect(
        `${PATH}?year=${callYear}&country=${sendingCountry}&notice=grants:rates.saved`,
        303,
      )
    }
    // Unknown year or country: show the page without the form (the errors say what was wrong).
    const country =
      result.errors.sendingCountry || result.errors.callYear
        ? undefined
        : parsed.ok
          ? parsed.data.sendingCountry
          : undefined
    const props = await pageProps(
      c,
      availableCallYears().includes(year) ? year : availableCallYears().at(-1)!,
      country,
    )
    c.status(result.status)
    return render(c, {
      ...props,
      edit: props.edit ? { ...props.edit, values: rates } : null,
      errors: result.errors,
    })
  })
