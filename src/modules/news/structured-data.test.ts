import { describe, expect, it } from 'vitest'
import { newsArticleData } from './structured-data.ts'

const org = { slug: 'beqir-cela-durres', name: { sq: 'Beqir Çela' }, defaultLocale: 'sq' }
const post = (bodyHtml: string) => ({
  slug: 'vjeshta',
  title: { sq: 'Vjeshta' },
  summary: {},
  bodyHtml: { sq: bodyHtml },
  tags: [],
  publishedAt: new Date('2025-11-18T10:00:00Z'),
  updatedAt: new Date('2025-11-19T10:00:00Z'),
})

describe('newsArticleData', () => {
  it('[NEWS][JSON-LD]: names the post’s own pictures as absolute image URLs, at most three', () => {
    const html =
      '<p>Tekst</p><img src="/files/a.jpg" alt="Nxënësit"><img alt="b" src="https://cdn.example/b.png?x=1&amp;y=2"><img src="/files/a.jpg" alt="again">'
    const data = newsArticleData(post(html), org, 'sq', 'http://ura.test')
    expect(data.image).toEqual(['http://ura.test/files/a.jpg', 'https://cdn.example/b.png?x=1&y=2'])
  })

  it('[NEWS][JSON-LD]: a post without pictures has no image, and nothing but http(s) passes', () => {
    expect(newsArticleData(post('<p>Tekst</p>'), org, 'sq', 'http://ura.test')).not.toHaveProperty(
      'image',
    )
    const odd = newsArticleData(
      post('<img src="data:image/png;base64,AAAA">'),
      org,
      'sq',
      'http://ura.test',
    )
    expect(odd).not.toHaveProperty('image')
  })
})
