export type Spread = { median: number; min: number; max: number; runs: number[] }

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits

/** Median, min and max of a few runs (the median of an even count is the mean of the middle two). */
export function spread(values: number[], digits = 1): Spread {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  const median =
    sorted.length % 2 ? sorted[mid]! : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
  return {
    median: round(median, digits),
    min: round(sorted[0] ?? 0, digits),
    max: round(sorted.at(-1) ?? 0, digits),
    runs: values.map((v) => round(v, digits)),
  }
}

/** A fixed-width text table: the first column left-aligned, the others right-aligned. */
export function table(head: string[], rows: (string | number)[][]): string {
  const cells = [head, ...rows].map((r) => r.map(String))
  const widths = head.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)))
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')
  const rule = widths.map((w) => '─'.repeat(w)).join('  ')
  return [line(cells[0]!), rule, ...cells.slice(1).map(line)].join('\n')
}
