import type { Context } from 'hono'
import { Hono } from 'hono'
import { readForm, tryForm } from '#src/http/http.ts'
import type { AppEnv } from '#src/http/types.ts'
import type { FieldErrors } from '#src/lib/errors.ts'
import { validate } from '#src/lib/forms.ts'
import { pickText, presentLanguages } from '#src/lib/localized-text.ts'
import {
  type Campaign,
  campaignEventOptions,
  createCampaign,
  getCampaign,
  getCampaignReach,
  listCampaigns,
  requireCampaignManager,
  updateCampaign,
} from './campaigns.ts'
import { type CampaignInput, formToCampaignInput, NEWS_LANGUAGES, ZCampaign } from './inputs.ts'
import {
  CampaignFormPage,
  type CampaignFormValues,
  CampaignListPage,
  CampaignPage,
} from './views/campaigns.tsx'

const NOTICES = new Set(['news:notices.campaignSaved'])
const notice = (c: Context<AppEnv>) => {
  const key = c.req.query('notice')
  return key && NOTICES.has(key) ? key : undefined
}

const EMPTY: CampaignFormValues = {
  name: {},
  description: {},
  startsOn: '',
  endsOn: '',
  eventIds: [],
}

function valuesOf(c: Campaign): CampaignFormValues {
  return {
    name: c.name,
    description: c.description,
    startsOn: c.startsOn ?? '',
    endsOn: c.endsOn ?? '',
    eventIds: c.eventIds,
  }
}

type Page = { title: string; action: string; cancelHref: string }

async function renderForm(
  c: Context<AppEnv>,
  page: Page,
  values: CampaignFormValues,
  errors?: FieldErrors,
) {
  const events = await campaignEventOptions(c.var.ctx)
  const languages = [...new Set([...NEWS_LANGUAGES, ...presentLanguages(values.name)])]
  return c.render(
    <CampaignFormPage
      {...page}
      values={values}
      languages={languages}
      events={events}
      errors={errors}
    />,
    { title: page.title },
  )
}

async function submit(
  c: Context<AppEnv>,
  page: Page,
  save: (input: CampaignInput) => Promise<Campaign>,
) {
  const form = await readForm(c)
  const raw = formToCampaignInput(form)
  const values = { ...raw, startsOn: raw.startsOn ?? '', endsOn: raw.endsOn ?? '' }
  const parsed = validate(ZCampaign, raw)
  if (!parsed.ok) {
    c.status(422)
    return renderForm(c, page, values, parsed.errors)
  }
  const result = await tryForm(() => save(parsed.data))
  if (!result.ok) {
    c.status(result.status)
    return renderForm(c, page, values, result.errors)
  }
  return c.redirect(`/app/campaigns/${result.value.id}?notice=news:notices.campaignSaved`, 303)
}

const newPage = (c: Context<AppEnv>): Page => ({
  title: c.var.t('news:campaigns.new'),
  action: '/app/campaigns/new',
  cancelHref: '/app/campaigns',
})

const editPage = (c: Context<AppEnv>, campaign: Campaign): Page => ({
  title: c.var.t('news:campaigns.editTitle', { name: pickText(campaign.name, c.var.locale).value }),
  action: `/app/campaigns/${campaign.id}/edit`,
  cancelHref: `/app/campaigns/${campaign.id}`,
})

/** Campaigns: a list, a form, and each campaign's reach. */
export const campaignRoutes = new Hono<AppEnv>()
  .get('/app/campaigns', async (c) => {
    const items = await listCampaigns(c.var.ctx)
    return c.render(<CampaignListPage items={items} notice={notice(c)} />, {
      title: c.var.t('news:campaigns.title'),
    })
  })
  .get('/app/campaigns/new', (c) => {
    requireCampaignManager(c.var.ctx)
    return renderForm(c, newPage(c), EMPTY)
  })
  .post('/app/campaigns/new', (c) => {
    requireCampaignManager(c.var.ctx)
    return submit(c, newPage(c), (input) => createCampaign(c.var.ctx, input))
  })
  .get('/app/campaigns/:id', async (c) => {
    const campaign = await getCampaign(c.var.ctx, c.req.param('id'))
    const reach = await getCampaignReach(c.var.ctx, campaign)
    return c.render(<CampaignPage campaign={campaign} reach={reach} notice={notice(c)} />, {
      title: pickText(campaign.name, c.var.locale).value,
    })
  })
  .get('/app/campaigns/:id/edit', async (c) => {
    const campaign = await getCampaign(c.var.ctx, c.req.param('id'))
    return renderForm(c, editPage(c, campaign), valuesOf(campaign))
  })
  .post('/app/campaigns/:id/edit', async (c) => {
    const campaign = await getCampaign(c.var.ctx, c.req.param('id'))
    return submit(c, editPage(c, campaign), (input) =>
      updateCampaign(c.var.ctx, campaign.id, input),
    )
  })
