import './sections.tsx'
import './profile-extras.tsx'
import type { Context } from 'hono'
import { Hono } from 'hono'
import { readForm, tryForm } from '#src/http/http.ts'
import type { AppEnv } from '#src/http/types.ts'
import type { FieldErrors } from '#src/lib/errors.ts'
import { validate } from '#src/lib/forms.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { getCurrentOrganisation, type Organisation } from '../organisations/index.ts'
import { campaignRoutes } from './campaign-routes.tsx'
import { formToPostInput, NEWS_LANGUAGES, type PostInput, ZPost } from './inputs.ts'
import { publicNewsRoutes } from './public-routes.tsx'
import {
  createPost,
  deletePost,
  getLinkOptions,
  getPost,
  listPosts,
  type Post,
  requireNewsEditor,
  updatePost,
} from './service.ts'
import { DeletePostPage, EMPTY_POST, PostEditorPage, type PostFormValues } from './views/editor.tsx'
import { PostsListPage } from './views/list.tsx'
import type { FieldParams } from './views/parts.tsx'

const NOTICES = new Set([
  'news:notices.saved',
  'news:notices.published',
  'news:notices.unpublished',
  'news:notices.deleted',
])
const notice = (c: Context<AppEnv>) => {
  const key = c.req.query('notice')
  return key && NOTICES.has(key) ? key : undefined
}

/** The organisation's working languages that are reader languages; its own language if none. */
function primaryLanguages(org: Organisation): string[] {
  const news = NEWS_LANGUAGES as readonly string[]
  const working = org.workingLanguages.filter((l) => news.includes(l))
  if (working.length > 0) return working
  return news.includes(org.defaultLocale) ? [org.defaultLocale] : ['en']
}

function valuesOf(post: Post): PostFormValues {
  return {
    title: post.title,
    summary: post.summary,
    body: post.body,
    tags: post.tags.join(', '),
    projectIds: post.projectIds,
    eventIds: post.eventIds,
    campaignId: post.campaignId ?? '',
  }
}

function valuesFromInput(input: ReturnType<typeof formToPostInput>): PostFormValues {
  return { ...input, campaignId: input.campaignId ?? '' }
}

type Failure = { errors: FieldErrors; fieldParams?: FieldParams | undefined }

async function renderEditor(
  c: Context<AppEnv>,
  post: Post | null,
  values: PostFormValues,
  failure?: Failure,
) {
  const [org, options] = await Promise.all([
    getCurrentOrganisation(c.var.ctx),
    getLinkOptions(c.var.ctx),
  ])
  return c.render(
    <PostEditorPage
      action={post ? `/app/news/${post.id}` : '/app/news/new'}
      values={values}
      primaryLanguages={primaryLanguages(org)}
      options={options}
      post={post ?? undefined}
      errors={failure?.errors}
      fieldParams={failure?.fieldParams}
      notice={notice(c)}
    />,
    { title: c.var.t(post ? 'news:editor.editTitle' : 'news:editor.newTitle') },
  )
}

/** Validates the editor's form and runs `save`; 422 with what was typed on bad input. */
async function submitPost(
  c: Context<AppEnv>,
  post: Post | null,
  save: (input: PostInput) => Promise<Post>,
) {
  const form = await readForm(c)
  const raw = formToPostInput(form)
  const parsed = validate(ZPost, raw)
  if (!parsed.ok) {
    c.status(422)
    return renderEditor(c, post, valuesFromInput(raw), { errors: parsed.errors })
  }
  const result = await tryForm(() => save(parsed.data))
  if (!result.ok) {
    c.status(result.status)
    const fieldParams = result.params.fieldParams as FieldParams | undefined
    return renderEditor(c, post, valuesFromInput(raw), { errors: result.errors, fieldParams })
  }
  const saved = result.value
  const key =
    saved.status === 'published'
      ? 'news:notices.published'
      : post?.status === 'published'
        ? 'news:notices.unpublished'
        : 'news:notices.saved'
  return c.redirect(`/app/news/${saved.id}?notice=${key}`, 303)
}

const appNewsRoutes = new Hono<AppEnv>()
  .get('/app/news', async (c) => {
    const page = Number.parseInt(c.req.query('page') ?? '1', 10) || 1
    const result = await listPosts(c.var.ctx, { page })
    const org = await getCurrentOrganisation(c.var.ctx)
    return c.render(<PostsListPage result={result} notice={notice(c)} orgSlug={org.slug} />, {
      title: c.var.t('news:list.title'),
    })
  })
  .get('/app/news/new', async (c) => {
    requireNewsEditor(c.var.ctx)
    return renderEditor(c, null, EMPTY_POST)
  })
  .post('/app/news/new', async (c) => {
    requireNewsEditor(c.var.ctx)
    return submitPost(c, null, (input) => createPost(c.var.ctx, input))
  })
  .get('/app/news/:id', async (c) => {
    const post = await getPost(c.var.ctx, c.req.param('id'))
    return renderEditor(c, post, valuesOf(post))
  })
  .post('/app/news/:id', async (c) => {
    const post = await getPost(c.var.ctx, c.req.param('id'))
    return submitPost(c, post, (input) => updatePost(c.var.ctx, post.id, input))
  })
  .get('/app/news/:id/delete', async (c) => {
    const post = await getPost(c.var.ctx, c.req.param('id'))
    const title = pickText(post.title, c.var.locale)
    return c.render(<DeletePostPage id={post.id} title={title} />, {
      title: c.var.t('news:delete.title'),
    })
  })
  .post('/app/news/:id/delete', async (c) => {
    await deletePost(c.var.ctx, c.req.param('id'))
    return c.redirect('/app/news?notice=news:notices.deleted', 303)
  })

/** Every page of the news module: the newsroom, campaigns, public pages and feeds. */
export const newsRoutes = new Hono<AppEnv>()
  .route('/', appNewsRoutes)
  .route('/', campaignRoutes)
  .route('/', publicNewsRoutes)
