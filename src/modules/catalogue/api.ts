import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi'
import { errorResponse, jsonResponse, signedIn } from '#src/http/api-schemas.ts'
import type { AppEnv } from '#src/http/types.ts'
import { AppError } from '#src/lib/errors.ts'
import { validate } from '#src/lib/forms.ts'
import { feePerDay } from './fees.ts'
import { readFilters, ZEntry } from './inputs.ts'
import { erasmusCourseFee } from './reference.ts'
import { CATALOGUE_STATUSES, COURSE_MODES, COURSE_TOPICS, INSTRUCTION_LANGUAGES } from './schema.ts'
import { submitter } from './service/access.ts'
import { type Entry, submitEntry } from './service/entries.ts'
import { getPublicEntry, listPublicEntries, type PublicEntry } from './service/public.ts'

const tags = ['Course database']
const ZText = z.record(z.string(), z.string()).meta({ description: 'Language tag → text' })
const ZId = z.object({ id: z.string().meta({ param: { name: 'id', in: 'path' } }) })

const ZEntryJson = z
  .object({
    id: z.uuid(),
    status: z.enum(CATALOGUE_STATUSES),
    provider: z.object({
      organisationId: z
        .uuid()
        .nullable()
        .meta({ description: 'A Ura organisation, when it is one' }),
      name: z.union([ZText, z.string()]),
      country: z.string().nullable(),
    }),
    title: ZText,
    description: ZText,
    topics: z.array(z.enum(COURSE_TOPICS)),
    iscedField: z.string().meta({ description: 'ISCED-F 2013 broad field, two digits' }),
    eqfLevel: z.int().nullable(),
    languages: z.array(z.string()),
    selfPaced: z.boolean(),
    startsOn: z.string().nullable().meta({ description: 'YYYY-MM-DD' }),
    endsOn: z.string().nullable().meta({ description: 'YYYY-MM-DD' }),
    feeEur: z.string().nullable().meta({ description: 'Exact, two decimals' }),
    feePerDayEur: z
      .string()
      .nullable()
      .meta({ description: 'Fee over the days, for dated courses attended in person' }),
    mode: z.enum(COURSE_MODES),
    city: z.string(),
    country: z.string().nullable(),
    capacity: z.int().nullable(),
    url: z.string().nullable(),
    courseId: z.uuid().nullable().meta({ description: 'The Ura course it is, if any' }),
    rating: z.object({ average: z.number().nullable(), count: z.int() }),
  })
  .meta({ id: 'CatalogueEntry' })

const ZErasmus = z
  .object({
    callYear: z.int(),
    courseFeesPerDay: z.number(),
    maxDays: z.int().nullable(),
  })
  .meta({ id: 'ErasmusCourseFee', description: 'What Erasmus+ pays towards course fees' })

const ZEntryBody = z
  .looseObject({
    providerOrgId: z.uuid().nullable().optional(),
    providerName: z.string().optional(),
    providerCountry: z.string().nullable().optional(),
    title: ZText,
    description: ZText.optional(),
    topics: z.array(z.enum(COURSE_TOPICS)),
    iscedField: z.string(),
    eqfLevel: z.int().nullable().optional(),
    languages: z.array(z.enum(INSTRUCTION_LANGUAGES)),
    selfPaced: z.boolean().optional(),
    startsOn: z.string().nullable().optional(),
    endsOn: z.string().nullable().optional(),
    feeEur: z.string().nullable().optional(),
    mode: z.enum(COURSE_MODES),
    city: z.string().optional(),
    country: z.string().nullable().optional(),
    capacity: z.int().nullable().optional(),
    url: z.string().nullable().optional().meta({ description: 'https only' }),
    courseId: z.uuid().nullable().optional(),
  })
  .meta({ id: 'CatalogueEntryInput' })

const ZQuery = z.object({
  topic: z.string().optional(),
  isced: z.string().optional(),
  eqf: z.string().optional(),
  language: z.string().optional(),
  mode: z.string().optional(),
  country: z.string().optional(),
  q: z.string().optional(),
  page: z.string().optional(),
})

const listRoute = createRoute({
  operationId: 'listCatalogueCourses',
  method: 'get',
  path: '/v1/catalogue/courses',
  tags,
  summary: 'Approved entries of the course database, with the public page’s filters',
  security: [],
  request: { query: ZQuery },
  responses: {
    200: jsonResponse(
      z.object({
        data: z.array(ZEntryJson),
        total: z.int(),
        page: z.int(),
        pageCount: z.int(),
        erasmus: ZErasmus,
      }),
      'A page of entries',
    ),
    400: errorResponse('Malformed query'),
  },
})

const getRoute = createRoute({
  operationId: 'getCatalogueCourse',
  method: 'get',
  path: '/v1/catalogue/courses/{id}',
  tags,
  summary: 'One approved entry, with the Erasmus+ course-fee rule',
  security: [],
  request: { params: ZId },
  responses: {
    200: jsonResponse(z.object({ entry: ZEntryJson, erasmus: ZErasmus }), 'The entry'),
    404: errorResponse('No such approved entry'),
  },
})

const submitRoute = createRoute({
  operationId: 'submitCatalogueCourse',
  method: 'post',
  path: '/v1/catalogue/courses',
  tags,
  summary: 'Submits an entry for the school; it waits for moderation (status pending)',
  security: [{ bearer: [] }],
  middleware: [signedIn] as const,
  request: { body: { required: true, content: { 'application/json': { schema: ZEntryBody } } } },
  responses: {
    201: jsonResponse(ZEntryJson, 'The entry, pending'),
    400: errorResponse('Malformed body'),
    401: errorResponse('No valid token'),
    403: errorResponse('The role may not do this'),
    422: errorResponse('Invalid fields'),
  },
})

function entryJson(e: Entry, extra?: Pick<PublicEntry, 'provider' | 'rating'>) {
  const perDay = feePerDay(e)
  return {
    id: e.id,
    status: e.status,
    provider: {
      organisationId: e.providerOrgId,
      name: (extra?.provider.name ?? e.providerName) as Record<string, string> | string,
      country: extra?.provider.country ?? e.providerCountry,
    },
    title: e.title as Record<string, string>,
    description: e.description as Record<string, string>,
    topics: e.topics,
    iscedField: e.iscedField,
    eqfLevel: e.eqfLevel,
    languages: e.languages,
    selfPaced: e.selfPaced,
    startsOn: e.startsOn,
    endsOn: e.endsOn,
    feeEur: e.feeEur,
    feePerDayEur: perDay?.perDay ?? null,
    mode: e.mode,
    city: e.city,
    country: e.country,
    capacity: e.capacity,
    url: e.url,
    courseId: e.courseId,
    rating: extra?.rating ?? { average: null, count: 0 },
  }
}

function erasmusJson() {
  const rule = erasmusCourseFee()
  return { callYear: rule.callYear, courseFeesPerDay: rule.perDay, maxDays: rule.maxDays }
}

/** Adds `/v1/catalogue/courses…`: reading is public like the pages, submitting needs the office. */
export function registerCatalogueApi(api: OpenAPIHono<AppEnv>) {
  api.openapi(listRoute, async (c) => {
    const query = c.req.valid('query')
    const filters = readFilters((name) => query[name as keyof typeof query])
    const page = Math.min(1000, Math.max(1, Number.parseInt(query.page ?? '1', 10) || 1))
    const list = await listPublicEntries(c.var.ctx, filters, page)
    return c.json(
      {
        data: list.items.map((e) => entryJson(e, e)),
        total: list.total,
        page: list.page,
        pageCount: list.pageCount,
        erasmus: erasmusJson(),
      },
      200,
    )
  })
  api.openapi(getRoute, async (c) => {
    const { entry } = await getPublicEntry(c.var.ctx, c.req.valid('param').id)
    return c.json({ entry: entryJson(entry, entry), erasmus: erasmusJson() }, 200)
  })
  api.openapi(submitRoute, async (c) => {
    submitter(c.var.ctx)
    const result = validate(ZEntry, c.req.valid('json'))
    if (!result.ok)
      throw new AppError('INVALID_INPUT', 'common:errors.invalidInput', {}, result.errors)
    const row = await submitEntry(c.var.ctx, result.data)
    return c.json(entryJson(row), 201)
  })
}
