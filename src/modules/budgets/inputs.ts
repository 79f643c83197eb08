import { z } from 'zod'
import type { FieldErrors } from '#src/lib/errors.ts'
import { type FormValues, type Validated, validate } from '#src/lib/forms.ts'
import { emptyToUndefined } from '#src/lib/validation.ts'
import { isCurrency, isRate, minorUnits, parseAmount, toNumeric } from './money.ts'
import { ACTUAL_CATEGORIES, COST_CATEGORIES, ENTRY_STATUSES, RATE_SOURCES } from './schema.ts'

/** numeric(16, 2) holds at most 14 integer digits. */
const MAX_MINOR = 10n ** 16n - 1n

const text = (max: number) => z.string().trim().max(max, 'common:validation.tooLong')
const required = (max: number) => text(max).min(1, 'common:validation.required')
const ZId = z.uuid('common:validation.choice')
const isIsoDate = (v: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v
const ZDate = z.preprocess(
  (v) => emptyToUndefined(v) ?? '',
  z.string().min(1, 'common:validation.required').refine(isIsoDate, 'budgets:errors.date'),
)

/**
 * Reads a typed amount in `currency` for the reader's locale into a numeric(16, 2) string
 * ("399 542,28" → "399542.28"), or a field error. Negative amounts are allowed only where a
 * refund makes sense (`allowNegative`); zero is refused.
 */
export function readAmount(
  value: unknown,
  currency: string,
  locale: string,
  options: { allowNegative?: boolean; allowZero?: boolean } = {},
): { ok: true; value: string } | { ok: false; error: string } {
  if (typeof value !== 'string' || value.trim() === '') {
    return { ok: false, error: 'common:validation.required' }
  }
  if (minorUnits(currency) > 2) return { ok: false, error: 'budgets:errors.currencyDigits' }
  const parsed = parseAmount(value, currency, locale)
  if (!parsed.ok) {
    return {
      ok: false,
      error: parsed.problem === 'decimals' ? 'budgets:errors.decimals' : 'budgets:errors.amount',
    }
  }
  const { minor } = parsed.amount
  if (minor === 0n && !options.allowZero) return { ok: false, error: 'budgets:errors.zero' }
  if (minor < 0n && !options.allowNegative) return { ok: false, error: 'budgets:errors.negative' }
  if ((minor < 0n ? -minor : minor) * 10n ** BigInt(2 - minorUnits(currency)) > MAX_MINOR) {
    return { ok: false, error: 'budgets:errors.tooLarge' }
  }
  return { ok: true, value: toNumeric(parsed.amount, 2) }
}

/**
 * A typed exchange rate ("99,36" or "99.36") as a numeric(18, 8) string. Rates are not grouped,
 * so a lone "," or "." is always the decimal mark; spaces are ignored.
 */
export function readRate(value: unknown): string | null {
  if (typeof value !== 'string') return null
  let s = value.replace(/\s/g, '')
  if (s.includes(',') && s.includes('.')) {
    s = s.lastIndexOf(',') > s.lastIndexOf('.') ? s.replace(/\./g, '') : s.replace(/,/g, '')
  }
  s = s.replace(',', '.')
  if (s.startsWith('.')) s = `0${s}`
  return isRate(s) ? s : null
}

/** Checks the form's shape with zod, then each typed amount, so all errors show at once. */
function combine<T>(shape: Validated<T>, extra: FieldErrors, build: (data: T) => T): Validated<T> {
  const errors = { ...(shape.ok ? {} : shape.errors), ...extra }
  if (!shape.ok || Object.keys(extra).length > 0) return { ok: false, errors }
  return { ok: true, data: build(shape.data) }
}

export const ZBudgetLine = z.object({
  organisationId: ZId,
  workPackageId: ZId,
  category: z.enum(COST_CATEGORIES, 'common:validation.choice'),
  amount: z.string(),
})
export type BudgetLineInput = z.infer<typeof ZBudgetLine>

/** The planned-budget form: partner, work package, category and an amount (zero removes it). */
export function parseBudgetLine(form: FormValues, currency: string, locale: string) {
  const amount = readAmount(form.amount, currency, locale, { allowZero: true })
  return combine(validate(ZBudgetLine, form), amount.ok ? {} : { amount: amount.error }, (d) => ({
    ...d,
    amount: amount.ok ? amount.value : '0.00',
  }))
}

export const ZExpense = z.object({
  workPackageId: ZId,
  category: z.enum(ACTUAL_CATEGORIES, 'common:validation.choice'),
  spentOn: ZDate,
  description: required(500),
  amount: z.string(),
  currency: z.string().trim().toUpperCase().refine(isCurrency, 'budgets:errors.currency'),
  exchangeRate: z.string().default(''),
  rateDate: z.preprocess(emptyToUndefined, z.string().optional()),
  rateSource: z.enum(RATE_SOURCES, 'common:validation.choice'),
})
export type ExpenseInput = z.infer<typeof ZExpense>

/**
 * An actual-cost entry. In the project's currency the rate is 1 and may be left empty; in any
 * other currency the rate (units of that currency per one unit of the project's) is required.
 * The rate's date defaults to the day of the expense.
 */
export function parseExpense(form: FormValues, projectCurrency: string, locale: string) {
  const shape = validate(ZExpense, form)
  const extra: FieldErrors = {}
  const currency = shape.ok ? shape.data.currency : ''
  let amount = ''
  let rate = '1'
  if (shape.ok) {
    const read = readAmount(form.amount, currency, locale, { allowNegative: true })
    if (read.ok) amount = read.value
    else extra.amount = read.error
    if (currency !== projectCurrency) {
      const typed = readRate(form.exchangeRate)
      if (typed) rate = typed
      else {
        extra.exchangeRate =
          String(form.exchangeRate ?? '').trim() === ''
            ? 'budgets:errors.rateRequired'
            : 'budgets:errors.rate'
      }
    }
    const rateDate = shape.data.rateDate
    if (rateDate !== undefined && !isIsoDate(rateDate)) extra.rateDate = 'budgets:errors.date'
  } else if (typeof form.amount !== 'string' || form.amount.trim() === '') {
    extra.amount = 'common:validation.required'
  }
  return combine(shape, extra, (d) => ({
    ...d,
    amount,
    exchangeRate: rate,
    rateDate: d.rateDate ?? d.spentOn,
  }))
}

export const ZTimesheet = z.object({
  workPackageId: ZId,
  personName: required(120),
  month: z.preprocess(
    (v) => emptyToUndefined(v) ?? '',
    z
      .string()
      .min(1, 'common:validation.required')
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'budgets:errors.month'),
  ),
  hours: z.string(),
  hourlyRate: z.string(),
})
export type TimesheetInput = z.infer<typeof ZTimesheet>

/** Hours in a month: more than zero, at most 744 (31 × 24), two decimals. */
export function readHours(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const s = value.trim().replace(',', '.')
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(s)) return null
  const [whole = '0', frac = ''] = s.split('.')
  const hundredths = Number(whole) * 100 + Number(frac.padEnd(2, '0'))
  if (hundredths <= 0 || hundredths > 74_400) return null
  return `${whole}.${frac.padEnd(2, '0')}`
}

/** A month of staff time on a work package; the rate is in the project's currency. */
export function parseTimesheet(form: FormValues, projectCurrency: string, locale: string) {
  const rate = readAmount(form.hourlyRate, projectCurrency, locale)
  const hours = readHours(form.hours)
  const extra: FieldErrors = {}
  if (!rate.ok) extra.hourlyRate = rate.error
  if (!hours) {
    extra.hours =
      String(form.hours ?? '').trim() === '' ? 'common:validation.required' : 'budgets:errors.hours'
  }
  return combine(validate(ZTimesheet, form), extra, (d) => ({
    ...d,
    hours: hours ?? '0',
    hourlyRate: rate.ok ? rate.value : '0.00',
  }))
}

export const ZReview = z
  .object({
    verdict: z.enum(['reviewed', 'queried'], 'common:validation.choice'),
    comment: text(2000).default(''),
  })
  .refine((v) => v.verdict === 'reviewed' || v.comment.length > 0, {
    message: 'budgets:errors.queryComment',
    path: ['comment'],
  })
export type ReviewInput = z.infer<typeof ZReview>

export const ZEntryFilter = z.object({
  organisationId: z.preprocess(emptyToUndefined, z.uuid().optional()).catch(undefined),
  status: z.preprocess(emptyToUndefined, z.enum(ENTRY_STATUSES).optional()).catch(undefined),
})
export type EntryFilter = z.infer<typeof ZEntryFilter>
