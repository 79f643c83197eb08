import { countryName } from '#src/lib/countries.ts'
import type { FieldErrors } from '#src/lib/errors.ts'
import type { Locale } from '#src/lib/i18n.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import {
  Button,
  DateTime,
  ErrorSummary,
  Field,
  Form,
  Notice,
  PageHeader,
  SelectField,
} from '#src/ui/components.tsx'
import { TableWrap } from '#src/ui/table-wrap.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { ProjectAccess } from '../policy.ts'
import type { Partner } from '../service/consortium.ts'
import { Money, Name, nameText, ProjectNav, str, type Values } from './shared.tsx'

export type Addable = {
  id: string
  name: LocalizedText
  country: string
  city: string
  defaultLocale: string
  isExternal: boolean
}

export type InvitationRow = {
  id: string
  email: string
  displayName: string
  role: string
  organisationName: LocalizedText
  expiresAt: Date
  acceptedAt: Date | null
  revokedAt: Date | null
}

type Props = {
  project: { id: string; acronym: string; currency: string }
  access: ProjectAccess
  partners: Partner[]
  addable: Addable[]
  invitations: InvitationRow[]
  notice?: string | undefined
  /** Which form was sent with errors, and what was typed there. */
  form?: { values: Values; errors: FieldErrors }
}

function PartnerRow({ p, props }: { p: Partner; props: Props }) {
  const { t, locale } = useUi()
  const name = nameText(p.name, locale, p.defaultLocale)
  return (
    <tr>
      <th scope="row">
        <Name value={p.name} fallback={p.defaultLocale} />
        {p.isExternal && <span class="badge"> {t('projects:consortium.external')}</span>}
      </th>
      <td>
        {countryName(p.country, locale as Locale)}
        {p.city && <div class="muted">{p.city}</div>}
      </td>
      <td>{t(`projects:partnerRole.${p.role}`)}</td>
      <td class="num">
        <Money amount={p.budgetShare} currency={props.project.currency} />
      </td>
      {props.access.level === 'manager' && (
        <td>
          <a href={`/app/projects/${props.project.id}/consortium/partners/${p.id}`}>
            {t('projects:consortium.changeNamed', { name })}
          </a>
        </td>
      )}
    </tr>
  )
}

/** Changes one partner's role and budget share, or takes it out of the consortium. */
export function PartnerFormPage(props: {
  project: { id: string; acronym: string; currency: string }
  partner: Partner
  values: Values
  errors?: FieldErrors | undefined
}) {
  const { t, locale } = useUi()
  const p = props.partner
  const name = nameText(p.name, locale, p.defaultLocale)
  const base = `/app/projects/${props.project.id}/consortium`
  return (
    <>
      <PageHeader title={t('projects:consortium.changeNamed', { name })} />
      <ProjectNav projectId={props.project.id} acronym={props.project.acronym} />
      <ErrorSummary errors={props.errors} />
      <Form action={`${base}/partners/${p.id}`}>
        {p.role === 'coordinator' ? (
          <input type="hidden" name="role" value="partner" />
        ) : (
          <SelectField
            name="role"
            label={t('projects:consortium.role')}
            value={str(props.values.role)}
            error={props.errors?.role}
            options={(['partner', 'associated'] as const).map((r) => ({
              value: r,
              label: t(`projects:partnerRole.${r}`),
            }))}
          />
        )}
        <Field
          name="budgetShare"
          label={t('projects:consortium.budgetShare')}
          hint={t('projects:form.amountHint')}
          value={str(props.values.budgetShare)}
          error={props.errors?.budgetShare}
          inputmode="decimal"
        />
        <div class="form-actions">
          <Button>{t('common:form.save')}</Button>
          <a href={base}>{t('projects:form.cancel')}</a>
        </div>
      </Form>
      {p.role !== 'coordinator' && (
        <Form action={`${base}/partners/${p.id}/remove`}>
          <h2>{t('projects:consortium.removeTitle')}</h2>
          <p>{t('projects:consortium.removeIntro', { name })}</p>
          <Button variant="danger">{t('projects:consortium.remove')}</Button>
        </Form>
      )}
    </>
  )
}

function AddPartner({ props }: { props: Props }) {
  const { t, locale } = useUi()
  const f = props.form
  return (
    <section aria-labelledby="add-partner">
      <h2 id="add-partner">{t('projects:consortium.addTitle')}</h2>
      <p>{t('projects:consortium.addIntro')}</p>
      <ErrorSummary errors={f?.errors} />
      <Form action={`/app/projects/${props.project.id}/consortium/partners`}>
        <SelectField
          name="organisationId"
          label={t('projects:consortium.organisation')}
          value={str(f?.values.organisationId)}
          error={f?.errors.organisationId}
          required
          placeholder={t('projects:form.choose')}
          options={props.addable.map((o) => ({
            value: o.id,
            label: t(
              o.isExternal ? 'projects:consortium.optionExternal' : 'projects:consortium.option',
              {
                name: nameText(o.name, locale, o.defaultLocale),
                country: countryName(o.country, locale as Locale),
              },
            ),
          }))}
        />
        <SelectField
          name="role"
          label={t('projects:consortium.role')}
          value={str(f?.values.role ?? 'partner')}
          error={f?.errors.role}
          options={(['partner', 'associated'] as const).map((r) => ({
            value: r,
            label: t(`projects:partnerRole.${r}`),
          }))}
        />
        <Field
          name="budgetShare"
          label={t('projects:consortium.budgetShare')}
          hint={t('projects:form.amountHint')}
          value={str(f?.values.budgetShare)}
          error={f?.errors.budgetShare}
          inputmode="decimal"
        />
        <Button>{t('projects:consortium.add')}</Button>
      </Form>
    </section>
  )
}

/** Invites a contact person of a partner organisation by e-mail. */
export function InvitePage(props: {
  project: { id: string; acronym: string }
  partners: Partner[]
  access: ProjectAccess
  values: Values
  errors?: FieldErrors | undefined
}) {
  const { t, locale } = useUi()
  const f = { values: props.values, errors: props.errors ?? {} }
  const others = props.partners.filter((p) => p.organisationId !== props.access.organisationId)
  return (
    <>
      <PageHeader title={t('projects:consortium.inviteTitle')} />
      <ProjectNav projectId={props.project.id} acronym={props.project.acronym} />
      <p>{t('projects:consortium.inviteIntro')}</p>
      <ErrorSummary errors={f?.errors} />
      <Form action={`/app/projects/${props.project.id}/consortium/invite`}>
        <SelectField
          name="organisationId"
          label={t('projects:consortium.organisation')}
          value={str(f?.values.organisationId)}
          error={f?.errors.organisationId}
          required
          placeholder={t('projects:form.choose')}
          options={others.map((p) => ({
            value: p.organisationId,
            label: nameText(p.name, locale, p.defaultLocale),
          }))}
        />
        <Field
          name="email"
          type="email"
          label={t('projects:consortium.email')}
          value={str(f?.values.email)}
          error={f?.errors.email}
          required
          autocomplete="off"
          inputmode="email"
        />
        <Field
          name="displayName"
          label={t('projects:consortium.name')}
          value={str(f?.values.displayName)}
          error={f?.errors.displayName}
        />
        <SelectField
          name="role"
          label={t('projects:consortium.inviteRole')}
          hint={t('projects:consortium.inviteRoleHint')}
          value={str(f?.values.role ?? 'partner_contact')}
          error={f?.errors.role}
          options={(['partner_contact', 'coordinator'] as const).map((r) => ({
            value: r,
            label: t(`common:roles.${r}`),
          }))}
        />
        <div class="form-actions">
          <Button>{t('projects:consortium.inviteSubmit')}</Button>
          <a href={`/app/projects/${props.project.id}/consortium`}>{t('projects:form.cancel')}</a>
        </div>
      </Form>
    </>
  )
}

function Invitations({ rows }: { rows: InvitationRow[] }) {
  const { t } = useUi()
  if (rows.length === 0) return null
  const state = (r: InvitationRow) =>
    r.acceptedAt
      ? 'accepted'
      : r.revokedAt
        ? 'revoked'
        : r.expiresAt < new Date()
          ? 'expired'
          : 'pending'
  return (
    <TableWrap labelledBy="invitations-caption">
      <table>
        <caption id="invitations-caption">{t('projects:consortium.invitationsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('projects:consortium.email')}</th>
            <th scope="col">{t('projects:consortium.organisation')}</th>
            <th scope="col">{t('projects:consortium.inviteRole')}</th>
            <th scope="col">{t('projects:fields.status')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <th scope="row">
                {r.email}
                {r.displayName && <span class="muted"> ({r.displayName})</span>}
              </th>
              <td>
                <Name value={r.organisationName} />
              </td>
              <td>{t(`common:roles.${r.role}`)}</td>
              <td>
                {t(`projects:invitationState.${state(r)}`)}{' '}
                <span class="muted">
                  <DateTime value={r.acceptedAt ?? r.expiresAt} />
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  )
}

/** The consortium: partners with roles and budget shares; for the coordinator, forms to change it. */
export function ConsortiumPage(props: Props) {
  const { t } = useUi()
  const manage = props.access.level === 'manager'
  return (
    <>
      <PageHeader title={t('projects:consortium.title', { acronym: props.project.acronym })} />
      <ProjectNav projectId={props.project.id} acronym={props.project.acronym} />
      {props.notice && <Notice>{t(props.notice)}</Notice>}
      <TableWrap labelledBy="partners-caption">
        <table>
          <caption id="partners-caption">
            {t('projects:overview.partnersCaption', { count: props.partners.length })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('projects:consortium.organisation')}</th>
              <th scope="col">{t('projects:consortium.country')}</th>
              <th scope="col">{t('projects:consortium.role')}</th>
              <th scope="col">{t('projects:consortium.budgetShare')}</th>
              {manage && <th scope="col">{t('projects:consortium.change')}</th>}
            </tr>
          </thead>
          <tbody>
            {props.partners.map((p) => (
              <PartnerRow p={p} props={props} />
            ))}
          </tbody>
        </table>
      </TableWrap>
      {manage && (
        <>
          <p>
            <a
              class="btn btn-secondary"
              href={`/app/projects/${props.project.id}/consortium/invite`}
            >
              {t('projects:consortium.inviteTitle')}
            </a>
          </p>
          <AddPartner props={props} />
          <Invitations rows={props.invitations} />
        </>
      )}
    </>
  )
}
