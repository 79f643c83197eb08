import { dateTimeFormat } from '#src/lib/intl.ts'
import { type LocalizedText, pickText } from '#src/lib/localized-text.ts'
import { Notice } from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { Verification } from '../service.ts'

/** Text in the reader's language, or another one marked as such for screen readers. */
function Text({ value }: { value: LocalizedText }) {
  const { locale } = useUi()
  const picked = pickText(value, locale)
  return picked.isFallback ? <span lang={picked.lang}>{picked.value}</span> : picked.value
}

export function UnknownCredentialPage() {
  const { t } = useUi()
  return (
    <>
      <h1>{t('credentials:verify.title')}</h1>
      <Notice kind="warning">{t('credentials:verify.unknown')}</Notice>
      <p>{t('credentials:verify.unknownHelp')}</p>
    </>
  )
}

/** The public verification page: valid or revoked in words, then who, what, by whom, when. */
export function VerifyPage({ found }: { found: Verification }) {
  const { t, locale } = useUi()
  const { credential: c, issuerName } = found
  const day = dateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })
  const { achievement } = c
  return (
    <>
      <h1>{t('credentials:verify.title')}</h1>
      {c.revokedAt ? (
        <Notice kind="warning">
          <strong>{t('credentials:verify.revoked')}</strong>{' '}
          {t('credentials:verify.revokedOn', { date: day.format(c.revokedAt) })}{' '}
          {t('credentials:verify.reason', { reason: c.revokedReason ?? '' })}
        </Notice>
      ) : (
        <Notice>
          <strong>{t('credentials:verify.valid')}</strong> {t('credentials:verify.validHelp')}
        </Notice>
      )}
      <dl class="facts">
        <dt>{t('credentials:fields.status')}</dt>
        <dd>{t(c.revokedAt ? 'credentials:status.revoked' : 'credentials:status.valid')}</dd>
        <dt>{t('credentials:fields.recipient')}</dt>
        <dd>{c.recipientName}</dd>
        <dt>{t('credentials:fields.achievement')}</dt>
        <dd>
          <Text value={achievement.name} />
        </dd>
        <dt>{t('credentials:fields.kind')}</dt>
        <dd>{t(`credentials:kind.${c.kind}`)}</dd>
        <dt>{t('credentials:fields.issuer')}</dt>
        <dd>
          <Text value={issuerName} />
        </dd>
        <dt>{t('credentials:fields.issuedAt')}</dt>
        <dd>
          <time datetime={c.issuedAt.toISOString()}>{day.format(c.issuedAt)}</time>
        </dd>
        <dt>{t('credentials:fields.code')}</dt>
        <dd>
          <code>{c.code}</code>
        </dd>
      </dl>
      <h2>{t('credentials:verify.description')}</h2>
      <p>
        <Text value={achievement.description} />
      </p>
      <h2>{t('credentials:verify.criteria')}</h2>
      <p>
        <Text value={achievement.criteria} />
      </p>
      {achievement.alignments.length > 0 && (
        <>
          <h2>{t('credentials:verify.alignments')}</h2>
          <ul>
            {achievement.alignments.map((a) => (
              <li>
                <a href={a.targetUrl}>{a.targetName}</a> ({a.targetFramework}, {a.targetCode})
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>{t('credentials:verify.downloads')}</h2>
      <ul>
        <li>
          <a href={`/${locale}/credentials/${c.code}/certificate.pdf`}>
            {t('credentials:verify.pdf')}
          </a>
        </li>
        <li>
          <a href={`/credentials/${c.code}/badge.jwt`}>{t('credentials:verify.badge')}</a>
        </li>
        <li>
          <a href={`/credentials/${c.code}/badge.json`}>{t('credentials:verify.badgeJson')}</a>
        </li>
      </ul>
      <p>{t('credentials:verify.badgeHelp')}</p>
    </>
  )
}
