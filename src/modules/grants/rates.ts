/**
 * National Agency base rates for individual support, per call year. Platform-wide: the National
 * Agency of the sending country fixes them within the Programme Guide's ranges, the same for every
 * organisation it funds, so a platform administrator enters them once for everybody.
 */
import { and, asc, eq } from 'drizzle-orm'
import type { DbOrTx } from '#src/db/client.ts'
import type { Ctx } from '#src/lib/context.ts'
import { AppError, type FieldErrors, forbidden } from '#src/lib/errors.ts'
import { requireActor } from '#src/lib/policy.ts'
import { recordAudit } from '../audit/index.ts'
import { availableCallYears, rulesFor } from './rule-book.ts'
import { ruleExtrasFor } from './rule-extras.ts'
import type { Range } from './rules.ts'
import { nationalAgencyRates, type RateCategory } from './schema.ts'

export type RateCell = {
  /** The form field and map key: `learner-1`, `staff-3`. */
  key: string
  category: RateCategory
  group: number
  range: Range
}

export type RateSheet = {
  callYear: number
  sendingCountry: string
  cells: (RateCell & { value: string | null; isDemo: boolean })[]
}

export type RateSheetInput = {
  callYear: number
  sendingCountry: string
  rates: Record<string, string | undefined>
}

/** The cells of a year's rate table, from the rule book's ranges (learner and staff, groups 1-3). */
export function rateCells(callYear: number): RateCell[] {
  const rules = rulesFor(callYear)
  return Object.entries(rules.ranges).flatMap(([category, byGroup]) =>
    Object.entries(byGroup)
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([group, range]) => ({
        key: `${category}-${group}`,
        category: category as RateCategory,
        group: Number(group),
        range,
      })),
  )
}

/** Countries with a National Agency (EU Member States and associated third countries). */
export function nationalAgencyCountries(callYear: number): string[] {
  return ruleExtrasFor(callYear).programmeCountries
}

function requirePlatformAdmin(ctx: Ctx) {
  const actor = requireActor(ctx)
  if (!actor.isPlatformAdmin) throw forbidden()
  return actor
}

/** "80", "80.5", "80,50" → cents; anything else → null. */
export function parseRateCents(text: string): bigint | null {
  const s = text.trim().replace(',', '.')
  if (!/^\d{1,6}(\.\d{1,2})?$/.test(s)) return null
  const [whole, frac = ''] = s.split('.')
  return BigInt(whole!) * 100n + BigInt(frac.padEnd(2, '0'))
}

const toMoney = (cents: bigint) => `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`

/** Every stored rate of a year, by sending country, for the platform administrators' overview. */
export async function listNationalAgencyRates(ctx: Ctx, callYear: number) {
  requirePlatformAdmin(ctx)
  rulesFor(callYear)
  const rows = await ctx.db
    .select()
    .from(nationalAgencyRates)
    .where(eq(nationalAgencyRates.callYear, callYear))
    .orderBy(asc(nationalAgencyRates.sendingCountry))
  const byCountry = new Map<string, typeof rows>()
  for (const row of rows) {
    byCountry.set(row.sendingCountry, [...(byCountry.get(row.sendingCountry) ?? []), row])
  }
  return [...byCountry.entries()].map(([country, list]) => sheetOf(callYear, country, list))
}

function sheetOf(
  callYear: number,
  sendingCountry: string,
  rows: (typeof nationalAgencyRates.$inferSelect)[],
): RateSheet {
  return {
    callYear,
    sendingCountry,
    cells: rateCells(callYear).map((cell) => {
      const row = rows.find(
        (r) => r.participantType === cell.category && r.countryGroup === cell.group,
      )
      return { ...cell, value: row?.ratePerDay ?? null, isDemo: row?.isDemo ?? false }
    }),
  }
}

function checkYearAndCountry(callYear: number, country: string): string {
  if (!availableCallYears().includes(callYear)) {
    throw new AppError(
      'INVALID_INPUT',
      'grants:rates.errors.invalid',
      {},
      {
        callYear: 'grants:errors.callYear',
      },
    )
  }
  const code = country.toUpperCase()
  if (!nationalAgencyCountries(callYear).includes(code)) {
    throw new AppError(
      'INVALID_INPUT',
      'grants:rates.errors.invalid',
      {},
      {
        sendingCountry: 'grants:rates.errors.country',
      },
    )
  }
  return code
}

/** One National Agency's rates for a year (empty cells where none is stored yet). */
export async function getRateSheet(ctx: Ctx, callYear: number, country: string) {
  requirePlatformAdmin(ctx)
  const code = checkYearAndCountry(callYear, country)
  const rows = await ctx.db
    .select()
    .from(nationalAgencyRates)
    .where(
      and(eq(nationalAgencyRates.callYear, callYear), eq(nationalAgencyRates.sendingCountry, code)),
    )
  return sheetOf(callYear, code, rows)
}

/**
 * Saves one National Agency's rates for a year. Each is checked against the Guide's range (field
 * error `grants:rates.errors.outOfRange`; the page names the range); an empty cell removes the
 * rate. Saved values are no longer demo values. Audited (platform-wide: no organisation).
 */
export async function saveRateSheet(ctx: Ctx, input: RateSheetInput): Promise<RateSheet> {
  const actor = requirePlatformAdmin(ctx)
  const code = checkYearAndCountry(input.callYear, input.sendingCountry)
  const cells = rateCells(input.callYear)
  const fields: FieldErrors = {}
  const values = new Map<string, string | null>()
  for (const cell of cells) {
    const text = input.rates[cell.key]?.trim() ?? ''
    if (text === '') {
      values.set(cell.key, null)
      continue
    }
    const cents = parseRateCents(text)
    if (cents === null) fields[cell.key] = 'grants:rates.errors.number'
    else if (cents < BigInt(cell.range.min) * 100n || cents > BigInt(cell.range.max) * 100n)
      fields[cell.key] = 'grants:rates.errors.outOfRange'
    else values.set(cell.key, toMoney(cents))
  }
  if (Object.keys(fields).length > 0) {
    throw new AppError('INVALID_INPUT', 'grants:rates.errors.invalid', {}, fields)
  }
  const before = await getRateSheet(ctx, input.callYear, code)
  await ctx.db.transaction(async (tx) => {
    const changes: Record<string, { from?: unknown; to?: unknown }> = {}
    for (const cell of cells) {
      const value = values.get(cell.key) ?? null
      const old = before.cells.find((c) => c.key === cell.key)
      const where = and(
        eq(nationalAgencyRates.callYear, input.callYear),
        eq(nationalAgencyRates.sendingCountry, code),
        eq(nationalAgencyRates.participantType, cell.category),
        eq(nationalAgencyRates.countryGroup, cell.group),
      )
      if (value === null) {
        if (old?.value) await tx.delete(nationalAgencyRates).where(where)
      } else {
        await tx
          .insert(nationalAgencyRates)
          .values({
            callYear: input.callYear,
            sendingCountry: code,
            participantType: cell.category,
            countryGroup: cell.group,
            ratePerDay: value,
            isDemo: false,
            updatedBy: actor.userId,
          })
          .onConflictDoUpdate({
            target: [
              nationalAgencyRates.callYear,
              nationalAgencyRates.sendingCountry,
              nationalAgencyRates.participantType,
              nationalAgencyRates.countryGroup,
            ],
            set: { ratePerDay: value, isDemo: false, updatedBy: actor.userId },
          })
      }
      if ((old?.value ?? null) !== value || (old?.isDemo && value !== null)) {
        changes[cell.key] = { from: old?.value ?? null, to: value }
      }
    }
    if (Object.keys(changes).length > 0) {
      await recordAudit(
        ctx,
        {
          tenantId: null,
          action: 'grant_rates.updated',
          entityType: 'national_agency_rates',
          entityId: `${input.callYear}-${code}`,
          changes,
        },
        tx,
      )
    }
  })
  return getRateSheet(ctx, input.callYear, code)
}

export type FoundRate = { ratePerDay: number; isDemo: boolean; category: RateCategory }

/**
 * The base rate a grant uses: this year's, for the National Agency's country, rate category and
 * receiving country group; null when the National Agency's rate has not been entered. No actor
 * check: rates are platform-wide facts, like the rules.
 */
export async function findNationalAgencyRate(
  db: DbOrTx,
  key: { callYear: number; sendingCountry: string; category: RateCategory; group: number },
): Promise<FoundRate | null> {
  const [row] = await db
    .select()
    .from(nationalAgencyRates)
    .where(
      and(
        eq(nationalAgencyRates.callYear, key.callYear),
        eq(nationalAgencyRates.sendingCountry, key.sendingCountry.toUpperCase()),
        eq(nationalAgencyRates.participantType, key.category),
        eq(nationalAgencyRates.countryGroup, key.group),
      ),
    )
  return row
    ? { ratePerDay: Number(row.ratePerDay), isDemo: row.isDemo, category: row.participantType }
    : null
}
