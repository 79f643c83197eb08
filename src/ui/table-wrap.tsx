import type { PropsWithChildren } from 'hono/jsx'

type TableWrapProps = PropsWithChildren<
  {
    /** Extra classes beside `table-wrap` (e.g. `map-table`). */
    class?: string
  } & (
    | {
        /** The id of what names the region: the table's `<caption>` or the section's heading. */
        labelledBy: string
        label?: never
      }
    | {
        /** The region's translated name, when nothing on the page names the table. */
        label: string
        labelledBy?: never
      }
  )
>

/**
 * The box a wide table (or chart) scrolls sideways in on a phone. It is a named region (a
 * `<section>` with a name) in the tab order, so a keyboard can scroll it and a screen reader says
 * what it holds (axe `scrollable-region-focusable`, WCAG 2.1.1). Give each a name of its own on
 * the page: a region named like the section around it is a duplicate landmark.
 */
export function TableWrap({ class: extra, label, labelledBy, children }: TableWrapProps) {
  return (
    <section
      class={extra ? `table-wrap ${extra}` : 'table-wrap'}
      tabindex={0}
      aria-labelledby={labelledBy}
      aria-label={label}
    >
      {children}
    </section>
  )
}
