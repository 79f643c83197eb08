import { numberFormat } from './intl.ts'

/**
 * An amount of money in the reader's locale: "€399,542.28" (en), "399 542,28 €" (sq),
 * "399.542,28 €" (mk). Give the amount as a decimal string ("399542.28", what a `numeric` column
 * holds) and Intl formats that exact string, so no float ever rounds a cent; a number or a bigint
 * works too. `fractionDigits` fixes the decimals shown (0 for whole euros, 2 for cents); without it
 * Intl uses the currency's usual digits (CLDR's, which for a few currencies, such as the lek, are
 * the cash digits rather than ISO 4217's). What the amount means, and how it is stored, is the
 * caller's business.
 */
export function formatMoney(
  locale: string,
  amount: Amount,
  currency = 'EUR',
  fractionDigits?: number,
): string {
  return currencyFormat(locale, currency, fractionDigits).format(amount as unknown as number)
}

/**
 * A range of amounts as Intl writes it for the locale ("€1,008 – €2,667", "1008-2667 €"); equal
 * ends come out as one approximate amount ("~€1,200"). Same arguments as `formatMoney`.
 */
export function formatMoneyRange(
  locale: string,
  min: Amount,
  max: Amount,
  currency = 'EUR',
  fractionDigits?: number,
): string {
  return currencyFormat(locale, currency, fractionDigits).formatRange(
    min as unknown as number,
    max as unknown as number,
  )
}

/** A decimal string ("399542.28"), a number or a bigint. */
type Amount = string | number | bigint

function currencyFormat(locale: string, currency: string, fractionDigits: number | undefined) {
  const digits =
    fractionDigits === undefined
      ? {}
      : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }
  return numberFormat(locale, { style: 'currency', currency, ...digits })
}
