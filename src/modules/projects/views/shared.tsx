import type { Child, PropsWithChildren } from 'hono/jsx'
import type { FieldErrors } from '#src/lib/errors.ts'
import { dateTimeFormat, numberFormat } from '#src/lib/intl.ts'
import { type LocalizedText, pickText } from '#src/lib/localized-text.ts'
import { Button, ErrorSummary, Form, PageHeader } from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { ProjectAccess } from '../policy.ts'

/** What a form shows: what was typed (after a 422) or the stored row. */
export type Values = Record<string, unknown>

export function str(v: unknown): string {
  if (v === null || v === undefined) return ''
  if (Array.isArray(v)) return str(v.at(-1))
  return String(v)
}

export function checked(v: unknown): boolean {
  return v === true || v === 'on' || v === 'true'
}

export function text(v: unknown): LocalizedText {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as LocalizedText) : {}
}

/** An organisation's (or any multilingual) name in the reader's language, marked with its own. */
export function Name({ value, fallback }: { value: LocalizedText | null; fallback?: string }) {
  const { locale } = useUi()
  const picked = pickText(value, locale, [fallback ?? 'en', 'en'])
  return <span lang={picked.isFallback ? picked.lang : undefined}>{picked.value}</span>
}

export function nameText(value: LocalizedText | null, locale: string, fallback = 'en'): string {
  return pickText(value, locale, [fallback, 'en']).value
}

/** A calendar date (YYYY-MM-DD) in the reader's locale; the day is the same everywhere. */
export function DateOnly({ value }: { value: string | null }) {
  const { locale, t } = useUi()
  if (!value) return <span class="muted">{t('projects:common.noDate')}</span>
  const text = dateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${value}T00:00:00Z`),
  )
  return <time datetime={value}>{text}</time>
}

/** An exact amount (numeric string) with its currency, in the reader's locale. */
export function Money({ amount, currency }: { amount: string | null; currency: string }) {
  const { locale, t } = useUi()
  if (amount === null) return <span class="muted">{t('projects:common.notGiven')}</span>
  // Display only: formatting a 2-decimal string through Number is exact to the cent up to 2^53.
  return <>{numberFormat(locale, { style: 'currency', currency }).format(Number(amount))}</>
}

export function Percent({ value }: { value: number }) {
  const { locale } = useUi()
  return <>{numberFormat(locale, { style: 'percent' }).format(value / 100)}</>
}

export type PartnerOption = {
  organisationId: string
  name: LocalizedText
  defaultLocale: string
}

export function partnerOptions(partners: PartnerOption[], locale: string) {
  return partners.map((p) => ({
    value: p.organisationId,
    label: nameText(p.name, locale, p.defaultLocale),
  }))
}

export function wpOptions(
  wps: { id: string; code: string; title: LocalizedText }[],
  locale: string,
) {
  return wps.map((w) => ({ value: w.id, label: `${w.code} · ${nameText(w.title, locale)}` }))
}

export type FormState = { values: Values; errors?: FieldErrors | undefined }

const TABS = [
  ['', 'projects:nav.overview'],
  ['/work-packages', 'projects:nav.workPackages'],
  ['/tasks', 'projects:nav.tasks'],
  ['/milestones', 'projects:nav.milestones'],
  ['/deliverables', 'projects:nav.deliverables'],
  ['/meetings', 'projects:nav.meetings'],
  ['/risks', 'projects:nav.risks'],
  ['/consortium', 'projects:nav.consortium'],
  // The money and document pages live in the budgets and documents modules.
  ['/budget', 'budgets:page.crumb'],
  ['/documents', 'documents:library.crumb'],
] as const

/** The project's own sections, with the current one marked. */
export function ProjectNav({ projectId, acronym }: { projectId: string; acronym: string }) {
  const { t, path } = useUi()
  const base = `/app/projects/${projectId}`
  return (
    <nav class="project-nav" aria-label={t('projects:nav.label', { acronym })}>
      <ul>
        {TABS.map(([suffix, key]) => {
          const href = base + suffix
          const current = suffix === '' ? path === base : path.startsWith(href)
          return (
            <li>
              <a href={href} aria-current={current ? 'page' : undefined}>
                {t(key)}
              </a>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}

/** The project a page belongs to: enough to name it and draw its tabs. */
export type ProjectRef = { id: string; acronym: string }

/**
 * A page of one project: its title, with the page's own actions beside it, then the project's
 * tabs. Every list and record page of a project starts like this.
 */
export function ProjectPage(
  props: PropsWithChildren<{ project: ProjectRef; title: string; actions?: Child }>,
) {
  return (
    <>
      <PageHeader title={props.title}>{props.actions}</PageHeader>
      <ProjectNav projectId={props.project.id} acronym={props.project.acronym} />
      {props.children}
    </>
  )
}

/**
 * A project's add or edit form: title and tabs, a note (read-only access), the summary of what
 * is wrong, the fields, then Save and Cancel — or no buttons when the reader may only look.
 */
export function ProjectFormPage(
  props: PropsWithChildren<{
    project: ProjectRef
    title: string
    action: string
    cancelHref: string
    errors?: FieldErrors | undefined
    readOnly?: boolean
    note?: Child
  }>,
) {
  const { t } = useUi()
  return (
    <ProjectPage project={props.project} title={props.title}>
      {props.note}
      <ErrorSummary errors={props.errors} />
      <Form action={props.action}>
        {props.children}
        {!props.readOnly && (
          <div class="form-actions">
            <Button>{t('common:form.save')}</Button>
            <a href={props.cancelHref}>{t('projects:form.cancel')}</a>
          </div>
        )}
      </Form>
    </ProjectPage>
  )
}

/** "You may change this" / "read only" note for a section. */
export function AccessNote({ access }: { access: ProjectAccess }) {
  const { t } = useUi()
  return <p class="muted">{t(`projects:access.${access.level}`)}</p>
}
