import type { FieldErrors } from '#src/lib/errors.ts'
import type { FormValues } from '#src/lib/forms.ts'
import type { ApplicationView } from '../service/applications.ts'

/* The application page's props, in their own file: the page's sections import them too. */

export type FormName =
  | 'draft'
  | 'upload'
  | 'consent'
  | 'inApp'
  | 'inPerson'
  | 'appeal'
  | 'resolve'
  | 'reject'

export type ApplicationPageProps = {
  view: ApplicationView
  now: Date
  form?: FormName | undefined
  values?: FormValues
  errors?: FieldErrors | undefined
  params?: Record<string, unknown> | undefined
  notice?: string | undefined
  problem?: { key: string; params?: Record<string, unknown> | undefined } | undefined
  canCreateMobility: boolean
}
