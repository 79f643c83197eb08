import type { Context } from 'hono'
import { Hono } from 'hono'
import { readForm, tryForm } from '#src/http/http.ts'
import type { AppEnv } from '#src/http/types.ts'
import { validate } from '#src/lib/forms.ts'
import { manager, platformAdmin } from './access.ts'
import {
  claimOrganisation,
  createExternalOrganisation,
  getDirectoryOrganisation,
  listDirectory,
} from './directory.ts'
import {
  formToExternalOrganisation,
  ZClaim,
  ZDirectoryQuery,
  ZExternalOrganisation,
} from './inputs.ts'
import { getMapData } from './map.ts'
import { listExpiringPartnerships, listPartnerships } from './partnerships.ts'
import { DirectoryPage, OrganisationDetailPage } from './views/directory.tsx'
import {
  type ExternalFormValues,
  ExternalOrganisationPage,
  NEW_EXTERNAL,
} from './views/external-form.tsx'
import { NetworkMapPage } from './views/map.tsx'

const NOTICES = new Set(['network:notices.externalAdded', 'network:notices.claimed'])

/** A `?notice=` key this module set itself, or nothing. */
export function noticeOf(c: Context<AppEnv>, allowed: Set<string>) {
  const key = c.req.query('notice')
  return key && allowed.has(key) ? key : undefined
}

const str = (v: unknown): string =>
  typeof v === 'string' ? v : Array.isArray(v) ? str(v.at(-1)) : ''

function externalValues(form: Record<string, unknown>): ExternalFormValues {
  const parsed = formToExternalOrganisation(form)
  return {
    name: parsed.name,
    type: parsed.type,
    country: parsed.country,
    city: parsed.city,
    latitude: str(form.latitude),
    longitude: str(form.longitude),
    website: str(form.website),
    erasmusOid: str(form.erasmusOid),
  }
}

async function renderDetail(
  c: Context<AppEnv>,
  id: string,
  claim?: { values: Record<string, string>; errors?: Record<string, string> },
) {
  const org = await getDirectoryOrganisation(c.var.ctx, id)
  const partnerships = c.var.ctx.actor?.tenantId
    ? (await listPartnerships(c.var.ctx)).filter((p) => p.partnerId === org.id)
    : null
  return c.render(
    <OrganisationDetailPage
      org={org}
      partnerships={partnerships}
      claim={claim}
      notice={noticeOf(c, NOTICES)}
    />,
    { title: c.var.t('network:organisation.title') },
  )
}

export const directoryRoutes = new Hono<AppEnv>()
  .get('/app/network', async (c) => {
    const query = ZDirectoryQuery.parse(c.req.query())
    const result = await listDirectory(c.var.ctx, query)
    const expiring = c.var.ctx.actor?.tenantId ? await listExpiringPartnerships(c.var.ctx) : null
    return c.render(
      <DirectoryPage {...result} query={query} expiring={expiring} notice={noticeOf(c, NOTICES)} />,
      { title: c.var.t('network:directory.title') },
    )
  })
  .get('/app/network/map', async (c) => {
    const data = await getMapData(c.var.ctx)
    return c.render(<NetworkMapPage data={data} />, { title: c.var.t('network:map.title') })
  })
  .get('/app/network/organisations/new', (c) => {
    manager(c.var.ctx)
    return c.render(<ExternalOrganisationPage values={NEW_EXTERNAL} />, {
      title: c.var.t('network:external.title'),
    })
  })
  .post('/app/network/organisations/new', async (c) => {
    manager(c.var.ctx)
    const form = await readForm(c)
    const title = c.var.t('network:external.title')
    const parsed = validate(ZExternalOrganisation, formToExternalOrganisation(form))
    if (!parsed.ok) {
      c.status(422)
      return c.render(
        <ExternalOrganisationPage values={externalValues(form)} errors={parsed.errors} />,
        {
          title,
        },
      )
    }
    const result = await tryForm(() => createExternalOrganisation(c.var.ctx, parsed.data))
    if (!result.ok) {
      c.status(result.status)
      return c.render(
        <ExternalOrganisationPage values={externalValues(form)} errors={result.errors} />,
        {
          title,
        },
      )
    }
    return c.redirect(
      `/app/network/organisations/${result.value.id}?notice=network:notices.externalAdded`,
      303,
    )
  })
  .get('/app/network/organisations/:id', (c) => renderDetail(c, c.req.param('id')))
  .post('/app/network/organisations/:id/claim', async (c) => {
    const id = c.req.param('id')
    // Who may claim, and that the organisation exists, before looking at the form.
    platformAdmin(c.var.ctx)
    await getDirectoryOrganisation(c.var.ctx, id)
    const form = await readForm(c)
    const values = { email: str(form.email), displayName: str(form.displayName) }
    const parsed = validate(ZClaim, form)
    if (!parsed.ok) {
      c.status(422)
      return renderDetail(c, id, { values, errors: parsed.errors })
    }
    const result = await tryForm(() => claimOrganisation(c.var.ctx, id, parsed.data))
    if (!result.ok) {
      c.status(result.status)
      return renderDetail(c, id, { values, errors: result.errors })
    }
    return c.redirect(`/app/network/organisations/${id}?notice=network:notices.claimed`, 303)
  })
