import { z } from 'zod'
import { emptyToUndefined, ZCountryCode, ZEmail } from '#src/lib/validation.ts'
import {
  DISTANCE_SOURCES,
  INCIDENT_SEVERITIES,
  INCOMING_ITEMS,
  MOBILITY_STATUSES,
  PARTICIPANT_TYPES,
  RECOGNITION_DECISIONS,
  TODO_ASSIGNEES,
  TRAVEL_MODES,
} from './schema.ts'

/** A calendar date as `YYYY-MM-DD` that exists. */
export const ZDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'mobility:errors.date')
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`)
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v
  }, 'mobility:errors.date')

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(emptyToUndefined, schema.optional())
const text = (max: number) => optional(z.string().trim().max(max))
const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean())
const ZId = z.uuid('common:validation.choice')

export const ZMobility = z
  .object({
    participantUserId: z.uuid('mobility:errors.chooseParticipant'),
    participantType: z.enum(PARTICIPANT_TYPES, 'common:validation.choice'),
    activityType: z.string().trim().min(1, 'mobility:errors.chooseActivity').max(20),
    startDate: ZDate,
    endDate: ZDate,
    travelStartDate: optional(ZDate),
    travelEndDate: optional(ZDate),
    projectId: optional(ZId),
    receivingOrganisationId: optional(ZId),
    receivingOrganisationName: text(200),
    receivingCountry: optional(ZCountryCode),
    hostCompanyOrganisationId: optional(ZId),
    hostCompanyName: text(200),
    mentorName: text(120),
    mentorEmail: optional(ZEmail),
    travelMode: optional(z.enum(TRAVEL_MODES, 'common:validation.choice')),
    isGreenTravel: checkbox,
    distanceKm: optional(
      z.coerce
        .number('mobility:errors.distance')
        .min(0, 'mobility:errors.distance')
        .max(40_000, 'mobility:errors.distance'),
    ),
    distanceSource: optional(z.enum(DISTANCE_SOURCES, 'common:validation.choice')),
    fewerOpportunities: checkbox,
    groupOf: optional(ZId),
  })
  .superRefine((v, ctx) => {
    if (v.endDate < v.startDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'mobility:errors.endBeforeStart' })
    }
    if (v.travelStartDate && v.travelStartDate > v.startDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['travelStartDate'],
        message: 'mobility:errors.travelStart',
      })
    }
    if (v.travelEndDate && v.travelEndDate < v.endDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['travelEndDate'],
        message: 'mobility:errors.travelEnd',
      })
    }
    if (!v.receivingOrganisationId && !v.receivingOrganisationName) {
      ctx.addIssue({
        code: 'custom',
        path: ['receivingOrganisationId'],
        message: 'mobility:errors.chooseReceiving',
      })
    }
    if (!v.receivingOrganisationId && !v.receivingCountry) {
      ctx.addIssue({
        code: 'custom',
        path: ['receivingCountry'],
        message: 'mobility:errors.receivingCountry',
      })
    }
  })
export type MobilityInput = z.infer<typeof ZMobility>

const pageNumber = z.coerce.number().int().min(1).max(100_000)

export const ZMobilityFilter = z.object({
  status: optional(z.enum(MOBILITY_STATUSES)).catch(undefined),
  activityType: text(20).catch(undefined),
  callId: optional(z.uuid()).catch(undefined),
  projectId: optional(z.uuid()).catch(undefined),
  q: text(120).catch(undefined),
  page: optional(pageNumber).catch(undefined),
  pageSize: optional(z.coerce.number().int().min(1).max(100)).catch(undefined),
})
export type MobilityFilter = z.infer<typeof ZMobilityFilter>

export const ZStatusChange = z
  .object({
    to: z.enum(MOBILITY_STATUSES, 'common:validation.choice'),
    note: text(1000),
    forceMajeure: checkbox,
    forceMajeureReason: text(1000),
  })
  .superRefine((v, ctx) => {
    if (v.forceMajeure && !v.forceMajeureReason) {
      ctx.addIssue({
        code: 'custom',
        path: ['forceMajeureReason'],
        message: 'mobility:errors.forceMajeureReason',
      })
    }
  })
export type StatusChangeInput = z.infer<typeof ZStatusChange>

/** Repeated rows arrive as `outcomes.0.unit`, `outcomes.1.unit`...: an object keyed by index. */
function rowsOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value
  if (value && typeof value === 'object') {
    return Object.entries(value)
      .filter(([k]) => /^\d+$/.test(k))
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([, v]) => v)
  }
  return []
}

const isBlank = (v: unknown) => v === undefined || (typeof v === 'string' && v.trim() === '')

/** Learning outcomes; a row left blank is dropped, a row with only a level or field is an error. */
export const ZAgreement = z.object({
  outcomes: z.preprocess(
    rowsOf,
    z
      .array(
        z
          .object({
            unit: z.string().trim().max(300).default(''),
            eqfLevel: z.preprocess(
              emptyToUndefined,
              z.coerce.number().int().min(1).max(8, 'common:validation.choice').optional(),
            ),
            iscedField: optional(z.string().regex(/^\d{3}$/, 'common:validation.choice')),
          })
          .superRefine((row, ctx) => {
            if (!row.unit && (row.eqfLevel !== undefined || row.iscedField !== undefined)) {
              ctx.addIssue({
                code: 'custom',
                path: ['unit'],
                message: 'common:validation.required',
              })
            }
          }),
      )
      .max(30)
      .transform((rows) => rows.filter((r) => r.unit !== ''))
      .refine((rows) => rows.length > 0, 'mobility:errors.noOutcomes'),
  ),
  tasks: z.string().trim().max(5000).default(''),
  assessment: z.string().trim().max(5000).default(''),
  mentors: z.string().trim().max(1000).default(''),
})
export type AgreementInput = z.infer<typeof ZAgreement>

export const ZSendForSigning = z.object({
  receivingEmail: optional(ZEmail),
  hostEmail: optional(ZEmail),
})
export type SendForSigningInput = z.infer<typeof ZSendForSigning>

export const ZSign = z.object({
  contentHash: z.string().regex(/^[0-9a-f]{64}$/, 'mobility:errors.agreementChanged'),
  role: optional(z.enum(['participant', 'guardian', 'sending', 'receiving', 'host'])),
})

export const ZExternalSign = z.object({
  contentHash: z.string().regex(/^[0-9a-f]{64}$/, 'mobility:errors.agreementChanged'),
  signerName: z.string().trim().min(2, 'mobility:errors.signerName').max(120),
  confirm: z.literal('on', 'mobility:errors.confirmSign'),
})

export const ZTodo = z.object({
  label: z.string().trim().min(1).max(200),
  assignedTo: z.enum(TODO_ASSIGNEES, 'common:validation.choice'),
})

export const ZSensitive = z.object({
  contacts: z.preprocess(
    rowsOf,
    z
      .array(
        z
          .object({
            name: z.string().trim().max(120).default(''),
            relation: z.string().trim().max(60).default(''),
            phone: z.string().trim().max(30).default(''),
          })
          .superRefine((row, ctx) => {
            if (isBlank(row.name) && isBlank(row.phone) && isBlank(row.relation)) return
            if (!row.name) {
              ctx.addIssue({
                code: 'custom',
                path: ['name'],
                message: 'common:validation.required',
              })
            }
            if (!/^\+?[0-9 ()-]{6,20}$/.test(row.phone)) {
              ctx.addIssue({ code: 'custom', path: ['phone'], message: 'mobility:errors.phone' })
            }
          }),
      )
      .max(5)
      .transform((rows) => rows.filter((r) => r.name !== '')),
  ),
  medical: z.string().trim().max(4000).default(''),
})
export type SensitiveInput = z.infer<typeof ZSensitive>

export const ZIncident = z.object({
  occurredAt: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'mobility:errors.dateTime'),
  kind: z.string().trim().min(1).max(120),
  severity: z.enum(INCIDENT_SEVERITIES, 'common:validation.choice'),
  description: z.string().trim().min(1).max(5000),
  actions: z.string().trim().max(5000).default(''),
})
export type IncidentInput = z.infer<typeof ZIncident>

const score = z.coerce
  .number('mobility:errors.score')
  .int('mobility:errors.score')
  .min(1, 'mobility:errors.score')
  .max(5, 'mobility:errors.score')

export const ZReport = z.object({
  overall: score,
  learned: score,
  support: score,
  recommend: z.enum(['yes', 'no'], 'common:validation.choice'),
  best: z.string().trim().max(2000).default(''),
  improve: z.string().trim().max(2000).default(''),
})
export type ReportInput = z.infer<typeof ZReport>

const unitList = z.preprocess(
  (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.string().max(300)).max(30),
)

export const ZRecognition = z.object({
  decision: z.enum(RECOGNITION_DECISIONS, 'common:validation.choice'),
  units: unitList,
  note: text(2000),
})
export type RecognitionInput = z.infer<typeof ZRecognition>

export const ZAttendance = z.object({
  attended: z.literal('on', 'mobility:errors.confirmAttendance'),
  units: unitList,
  note: text(2000),
})
export type AttendanceInput = z.infer<typeof ZAttendance>

export const ZChecklistItem = z.object({
  item: z.enum(INCOMING_ITEMS, 'common:validation.choice'),
  note: text(500),
  done: checkbox,
})
export type ChecklistItemInput = z.infer<typeof ZChecklistItem>

/** A form whose only content is its button (and the CSRF token). */
export const ZButtonOnly = z.object({})
