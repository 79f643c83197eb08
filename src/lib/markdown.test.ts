import { describe, expect, it } from 'vitest'
import { excerptOf, renderMarkdown } from './markdown.ts'

describe('renderMarkdown', () => {
  it('[NEWS][SANITISE]: keeps headings, bold, emphasis, lists, quotes and links', () => {
    const { html, imagesWithoutAlt } = renderMarkdown(
      '## Title\n\nHello **bold** and *em*.\n\n- one\n- two\n\n1. first\n\n> quoted\n\n#### Small\n\n<https://allianceproject-eu.com/>',
    )
    expect(imagesWithoutAlt).toEqual([])
    expect(html).toContain('<h2>Title</h2>')
    expect(html).toContain('<strong>bold</strong>')
    expect(html).toContain('<em>em</em>')
    expect(html).toContain('<ul>\n<li>one</li>')
    expect(html).toContain('<ol>\n<li>first</li>')
    expect(html).toContain('<blockquote>')
    expect(html).toContain('<h4>Small</h4>')
    expect(html).toContain(
      '<a href="https://allianceproject-eu.com/" rel="noopener">https://allianceproject-eu.com/</a>',
    )
  })

  it('[NEWS][SANITISE]: the page title is the only h1; headings start at h2, stop at h4', () => {
    expect(renderMarkdown('# Big\n\n###### Tiny').html).toBe('<h2>Big</h2>\n<h4>Tiny</h4>')
    expect(renderMarkdown('### Alone\n\n#### Under').html).toBe('<h2>Alone</h2>\n<h3>Under</h3>')
  })

  it('[NEWS][SANITISE]: drops script tags with their content', () => {
    const { html } = renderMarkdown('Before\n\n<script>alert("x")</script>\n\nAfter')
    expect(html).not.toMatch(/script|alert/)
    expect(html).toContain('Before')
    expect(html).toContain('After')
  })

  it('[NEWS][SANITISE]: drops on* attributes, styles and classes', () => {
    const { html } = renderMarkdown(
      '<p onclick="steal()" style="color:red" class="x">Hi <a href="https://a.example" onmouseover="x()">a</a></p>\n\n<img src="https://a.example/i.png" alt="A" onerror="x()">',
    )
    expect(html).not.toMatch(/onclick|onmouseover|onerror|style=|class=|steal/)
    expect(html).toContain('<a href="https://a.example" rel="noopener">a</a>')
    expect(html).toContain('<img src="https://a.example/i.png" alt="A" />')
  })

  it('[NEWS][SANITISE]: refuses javascript: and data: URLs in links and images', () => {
    const { html, imagesWithoutAlt } = renderMarkdown(
      '[click](javascript:alert(1)) <a href="JaVaScRiPt:alert(2)">two</a> <a href="//evil.example/">three</a>\n\n![logo](javascript:alert(3))\n\n<img src="data:image/svg+xml;base64,PHN2Zz4=" alt="svg">',
    )
    expect(html).not.toMatch(/javascript|data:|evil/i)
    expect(html).toContain('click')
    expect(html).not.toContain('<img')
    expect(imagesWithoutAlt).toEqual([])
  })

  it('[NEWS][ALT]: names every image without alternative text, Markdown or HTML', () => {
    const { imagesWithoutAlt } = renderMarkdown(
      '![](https://a.example/one.jpg)\n\n![ ](/static/two.png)\n\n<img src="https://a.example/three.jpg">\n\n![Students at the fair](https://a.example/ok.jpg)',
    )
    expect(imagesWithoutAlt).toEqual([
      'https://a.example/one.jpg',
      '/static/two.png',
      'https://a.example/three.jpg',
    ])
  })

  it('[NEWS][SANITISE]: drops tags outside the allow-list but keeps their text', () => {
    const { html } = renderMarkdown(
      '<iframe src="https://x.example"></iframe>\n\n`code` <u>under</u>',
    )
    expect(html).not.toMatch(/iframe|<code>|<u>/)
    expect(html).toContain('code under')
  })
})

describe('excerptOf', () => {
  it('[NEWS][EXCERPT]: plain text, cut at a word with an ellipsis', () => {
    expect(excerptOf('<p>Hello <strong>world</strong> &amp; all</p>')).toBe('Hello world & all')
    const long = `<p>${'word '.repeat(100)}</p>`
    const cut = excerptOf(long, 50)
    expect(cut.length).toBeLessThanOrEqual(51)
    expect(cut.endsWith('word…')).toBe(true)
  })
})
