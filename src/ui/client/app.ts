// Progressive enhancement only: every page works without this file.

/** Turns a multilingual field (one input per language, all visible) into tabs. */
function enhanceMultilingual(root: HTMLElement) {
  const panels = Array.from(root.querySelectorAll<HTMLElement>('[data-ml-panel]'))
  const tabs = Array.from(root.querySelectorAll<HTMLButtonElement>('[data-ml-tab]'))
  const list = root.querySelector<HTMLElement>('[data-ml-tablist]')
  if (!list || panels.length === 0 || tabs.length !== panels.length) return
  list.hidden = false
  root.classList.add('ml-tabs')
  const select = (index: number, focus: boolean) => {
    tabs.forEach((tab, i) => {
      const on = i === index
      tab.setAttribute('aria-selected', String(on))
      tab.tabIndex = on ? 0 : -1
      panels[i]!.hidden = !on
    })
    if (focus) tabs[index]!.focus()
  }
  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => select(i, false))
    tab.addEventListener('keydown', (e) => {
      const last = tabs.length - 1
      const next =
        e.key === 'ArrowRight'
          ? i === last
            ? 0
            : i + 1
          : e.key === 'ArrowLeft'
            ? i === 0
              ? last
              : i - 1
            : e.key === 'Home'
              ? 0
              : e.key === 'End'
                ? last
                : -1
      if (next >= 0) {
        e.preventDefault()
        select(next, true)
      }
    })
  })
  // Keep the "missing" badge honest while the person types.
  panels.forEach((panel, i) => {
    const input = panel.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea')
    const badge = tabs[i]!.querySelector<HTMLElement>('[data-ml-badge]')
    input?.addEventListener('input', () => {
      if (badge) badge.hidden = input.value.trim() !== ''
    })
  })
  const firstWithError = panels.findIndex((p) => p.querySelector('[aria-invalid="true"]'))
  select(firstWithError >= 0 ? firstWithError : 0, false)
}

for (const el of document.querySelectorAll<HTMLElement>('[data-multilingual]'))
  enhanceMultilingual(el)

// Move focus to the error summary so screen readers announce it after a failed submit.
document.getElementById('error-summary')?.focus()

// The organisation switcher is not submitted on change: a choice in a list must not change the
// page by itself (WCAG 3.2.2), so the person presses its button, with or without JavaScript.
