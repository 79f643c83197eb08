// The SCORM lesson's player, loaded by that page only (ADR 014, SCORM). A package looks for the
// SCORM API in its parent window: `window.API` (1.2) or `window.API_1484_11` (2004). This file
// creates it with scorm-again, loads what the person committed before, and only then gives the
// frame its address. Each version's runtime is its own chunk, fetched when a page needs it.
//
// Commits go to Ura as JSON with the CSRF token in a header: a synchronous request, as SCORM
// expects an answer, and on Finish/Terminate a keepalive fetch (sendBeacon could not carry the
// header), which outlives a page being closed.

type Result = { result: string; errorCode: number }
type ScormApiClass = new (
  settings: object,
  http?: Http,
) => { loadFromJSON(json: Record<string, unknown>): void }
type Http = {
  processHttpRequest(url: string, params: unknown, immediate: boolean): Result
  updateSettings(): void
}

declare global {
  interface Window {
    API?: unknown
    API_1484_11?: unknown
  }
}

const KEEPALIVE_MAX = 60_000 // browsers keep at most 64 KB of keepalive bodies in flight

function commitService(el: HTMLElement, failureCode: number): Http {
  const live = document.getElementById('scorm-live')
  const say = (text: string | undefined) => {
    if (live && text) live.textContent = text
  }
  const answered = (json: { lessonDone?: boolean } | null) => {
    if (json?.lessonDone) say(el.dataset.done)
  }
  const failed: Result = { result: 'false', errorCode: failureCode }
  const headers = { 'Content-Type': 'application/json', 'X-CSRF-Token': el.dataset.csrf ?? '' }
  return {
    processHttpRequest(url, params, immediate) {
      const body = JSON.stringify(params)
      if (immediate && body.length < KEEPALIVE_MAX) {
        fetch(url, { method: 'POST', body, headers, keepalive: true, credentials: 'same-origin' })
          .then((res) => (res.ok ? res.json() : Promise.reject(new Error(String(res.status)))))
          .then(answered, () => say(el.dataset.failed))
        return { result: 'true', errorCode: 0 }
      }
      const xhr = new XMLHttpRequest()
      try {
        xhr.open('POST', url, false)
        for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value)
        xhr.send(body)
      } catch {
        say(el.dataset.failed)
        return failed
      }
      if (xhr.status !== 200) {
        say(el.dataset.failed)
        return failed
      }
      answered(JSON.parse(xhr.responseText) as { lessonDone?: boolean })
      return { result: 'true', errorCode: 0 }
    },
    updateSettings() {},
  }
}

async function start(el: HTMLElement) {
  const frame = el.querySelector('iframe')
  const src = el.dataset.src
  if (!frame || !src) return
  const is2004 = el.dataset.version === '2004'
  const commitUrl = el.dataset.commit
  // An author's preview has no commit address: scorm-again then keeps the data in the page only.
  const http = commitUrl ? commitService(el, is2004 ? 391 : 101) : undefined
  const settings = {
    lmsCommitUrl: commitUrl ?? false,
    autocommit: Boolean(commitUrl),
    autocommitSeconds: 30,
    dataCommitFormat: 'json' as const,
    logLevel: 5 as const,
  }
  const saved = JSON.parse(el.dataset.cmi ?? '{}') as Record<string, unknown>
  // The files export the class by name, while their declarations say `default` and leave
  // BaseAPI unresolved (scorm-again 3.4): typed here with the one call this file makes.
  if (is2004) {
    const { Scorm2004API } = (await import('scorm-again/scorm2004')) as unknown as {
      Scorm2004API: ScormApiClass
    }
    const api = new Scorm2004API(settings, http)
    api.loadFromJSON(saved)
    window.API_1484_11 = api
  } else {
    const { Scorm12API } = (await import('scorm-again/scorm12')) as unknown as {
      Scorm12API: ScormApiClass
    }
    const api = new Scorm12API(settings, http)
    api.loadFromJSON(saved)
    window.API = api
  }
  frame.src = src
  frame.hidden = false
}

const player = document.getElementById('scorm-player')
if (player) void start(player)
