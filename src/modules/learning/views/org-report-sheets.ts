import { formatDate } from '#src/lib/dates.ts'
import type { Locale, T } from '#src/lib/i18n.ts'
import { pickText } from '#src/lib/localized-text.ts'
import type { Sheet } from '#src/lib/spreadsheet.ts'
import type { OrgReport } from '../service/org-report.ts'

/** The period line, as the page prints it. */
export function periodLabel(t: T, locale: Locale, report: Pick<OrgReport, 'from' | 'to'>) {
  return report.from || report.to
    ? t('learning:orgReport.period', {
        from: report.from ? formatDate(locale, report.from) : '…',
        to: report.to ? formatDate(locale, report.to) : '…',
      })
    : t('learning:orgReport.allTime')
}

/**
 * The training report as it is on screen, as tables: the figures, the people, the courses.
 * Counts are whole numbers, the completion rate a percent, time in minutes.
 */
export function orgReportSheets(report: OrgReport, t: T, locale: Locale): Sheet[] {
  const project = report.projects.find((p) => p.id === report.projectId)
  const lead = [
    t('learning:orgReport.title'),
    periodLabel(t, locale, report),
    `${t('learning:orgReport.project')}: ${project?.acronym ?? t('learning:orgReport.allCourses')}`,
  ]
  const enrolled = { header: t('learning:orgReport.enrolled'), format: 'integer' } as const
  const completed = { header: t('learning:orgReport.completed'), format: 'integer' } as const
  return [
    {
      name: t('learning:orgReport.figures'),
      lead,
      columns: [{ header: t('learning:orgReport.figure') }, { header: '', format: 'integer' }],
      rows: [
        [t('learning:orgReport.staffTrained'), report.staffTrained],
        [t('learning:orgReport.peopleEnrolled'), report.peopleEnrolled],
        [t('learning:orgReport.completions'), report.completions],
        [t('learning:orgReport.minutes'), report.minutes],
      ],
    },
    {
      name: t('learning:orgReport.people'),
      lead,
      columns: [
        { header: t('learning:report.person') },
        { header: t('learning:orgReport.role') },
        enrolled,
        completed,
        { header: t('learning:orgReport.minutes'), format: 'integer' },
      ],
      rows: report.people.map((p) => [
        p.name,
        t(`common:roles.${p.role}`),
        p.enrolled,
        p.completed,
        p.minutes,
      ]),
    },
    {
      name: t('learning:orgReport.courses'),
      lead,
      columns: [
        { header: t('learning:orgReport.course') },
        enrolled,
        completed,
        { header: t('learning:orgReport.completionRate'), format: 'percent' },
      ],
      rows: report.courses.map((c) => [
        pickText(c.title, locale).value,
        c.enrolled,
        c.completed,
        c.enrolled ? c.completed / c.enrolled : null,
      ]),
    },
  ]
}
