import type { FieldErrors } from '#src/lib/errors.ts'
import type { GrantPage } from './grant-service.ts'

/** The grant page's props, in their own file: the page and its form both import them. */
export type GrantViewProps = {
  page: GrantPage
  values: Record<string, unknown>
  errors?: FieldErrors | undefined
  params?: Record<string, unknown> | undefined
  notice?: string | undefined
}
