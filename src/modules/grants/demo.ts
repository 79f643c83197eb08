import type { DbOrTx } from '#src/db/client.ts'
import { nationalAgencyRates, type RateCategory } from './schema.ts'

/**
 * Invented National Agency base rates for call 2026, inside the Programme Guide's ranges, for the
 * countries of the demo's EU partners. Marked `isDemo`: the admin page says so until someone
 * replaces them with the rates the National Agency publishes.
 */
export const DEMO_RATES: Record<string, Record<RateCategory, [number, number, number]>> = {
  DE: { learner: [94, 82, 70], staff: [162, 144, 126] },
  GR: { learner: [80, 69, 58], staff: [138, 122, 106] },
  IT: { learner: [88, 76, 64], staff: [154, 136, 118] },
}

/** Loads the demo National Agency rates (one bulk insert). */
export async function loadGrantRatesDemo(tx: DbOrTx) {
  const rows = Object.entries(DEMO_RATES).flatMap(([country, byCategory]) =>
    (Object.entries(byCategory) as [RateCategory, number[]][]).flatMap(([category, rates]) =>
      rates.map((rate, i) => ({
        callYear: 2026,
        sendingCountry: country,
        participantType: category,
        countryGroup: i + 1,
        ratePerDay: `${rate}.00`,
        isDemo: true,
      })),
    ),
  )
  await tx.insert(nationalAgencyRates).values(rows)
}
