// Check-in at the door, progressively enhanced (the page works without this file):
// - filters the list of people as you type, also offline;
// - scans QR codes with the camera where the browser has BarcodeDetector;
// - keeps check-ins in localStorage while the network is away and sends them when it is back.
// The server is idempotent, so a check-in sent twice (a retry after a lost answer) is harmless.

type Item = { registrationId?: string; code?: string; at: string }
type Result = {
  result: 'checked_in' | 'already' | 'not_confirmed' | 'unknown'
  registrationId?: string
  name?: string
}

declare class BarcodeDetector {
  constructor(options: { formats: string[] })
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>
}

const root = document.querySelector<HTMLElement>('[data-check-in]')

function fold(s: string) {
  return s
    .toLocaleLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
}

if (root) {
  const eventId = root.dataset.eventId ?? ''
  const syncUrl = root.dataset.syncUrl ?? ''
  const storeKey = `ura-check-in:${eventId}`
  const msg = (name: string) => root.dataset[name] ?? ''
  const statusText = root.querySelector<HTMLElement>('[data-status-text]')
  const pendingBox = root.querySelector<HTMLElement>('[data-pending-box]')
  const pendingCount = root.querySelector<HTMLElement>('[data-pending-count]')
  const csrf = root.querySelector<HTMLInputElement>('input[name="_csrf"]')?.value ?? ''
  const people = Array.from(root.querySelectorAll<HTMLElement>('[data-person]'))
  let sending = false

  const load = (): Item[] => {
    try {
      return JSON.parse(localStorage.getItem(storeKey) ?? '[]') as Item[]
    } catch {
      return []
    }
  }
  const save = (items: Item[]) => localStorage.setItem(storeKey, JSON.stringify(items))
  const say = (text: string) => {
    if (statusText) statusText.textContent = text
  }
  const showPending = () => {
    const n = load().length
    if (pendingBox) pendingBox.hidden = n === 0
    if (pendingCount) pendingCount.textContent = String(n)
  }

  const rowOf = (item: { registrationId?: string; code?: string }) =>
    people.find(
      (p) =>
        (item.registrationId && p.dataset.id === item.registrationId) ||
        (item.code && p.dataset.code === normalise(item.code)),
    )

  const mark = (row: HTMLElement | undefined, text: string, done: boolean) => {
    if (!row) return
    const state = row.querySelector<HTMLElement>('[data-state]')
    if (state) state.textContent = text
    if (done) {
      row.classList.add('is-in')
      row.querySelector('form')?.remove()
    }
  }

  async function flush() {
    const items = load()
    showPending()
    if (items.length === 0 || sending) return
    if (!navigator.onLine) {
      say(msg('msgOffline'))
      return
    }
    sending = true
    try {
      const res = await fetch(syncUrl, {
        method: 'POST',
        credentials: 'same-origin',
        headers: {
          'content-type': 'application/json',
          'x-csrf-token': csrf,
          accept: 'application/json',
        },
        body: JSON.stringify({ items }),
      })
      if (!res.ok || !(res.headers.get('content-type') ?? '').includes('json'))
        throw new Error(String(res.status))
      const { results } = (await res.json()) as { results: Result[] }
      // Only what was sent leaves the queue; check-ins added meanwhile stay for the next round.
      save(load().slice(items.length))
      results.forEach((r, i) => {
        const row = rowOf(r.registrationId ? r : items[i]!)
        if (r.result === 'checked_in' || r.result === 'already') mark(row, msg('msgIn'), true)
        else if (r.result === 'not_confirmed') say(`${r.name ?? ''}: ${msg('msgNotConfirmed')}`)
        else say(msg('msgUnknown'))
      })
      if (results.every((r) => r.result === 'checked_in' || r.result === 'already'))
        say(msg('msgSent'))
    } catch {
      say(msg('msgOffline'))
    } finally {
      sending = false
      showPending()
    }
  }

  function queue(item: Omit<Item, 'at'>) {
    save([...load(), { ...item, at: new Date().toISOString() }])
    mark(rowOf(item), msg('msgSaved'), false)
    showPending()
    void flush()
  }

  // A ticket code as the server stores it: the last part of a verification URL, grouped 5-5.
  function normalise(text: string) {
    let t = text.trim()
    if (/^https?:\/\//i.test(t)) t = t.split('/').filter(Boolean).at(-1) ?? ''
    const bare = t.toUpperCase().replace(/[\s-]/g, '')
    return bare.length === 10 ? `${bare.slice(0, 5)}-${bare.slice(5)}` : bare
  }

  // Every check-in form goes through the queue instead of a page load.
  root.addEventListener('submit', (e) => {
    const form = e.target as HTMLFormElement
    if (form.method.toLowerCase() !== 'post') return
    const data = new FormData(form)
    const registrationId = String(data.get('registrationId') ?? '')
    const code = String(data.get('code') ?? '').trim()
    if (!registrationId && !code) return
    e.preventDefault()
    queue(registrationId ? { registrationId } : { code })
    if (code) {
      const row = rowOf({ code })
      say(
        row
          ? `${msg('msgScanned')} ${row.querySelector('.checkin-name')?.textContent ?? ''}`
          : msg('msgSaved'),
      )
      form.reset()
    }
  })

  // Filter as you type; the server-side search still works without JavaScript.
  const search = root.querySelector<HTMLInputElement>('[data-search]')
  search?.addEventListener('input', () => {
    const q = fold(search.value.trim())
    for (const p of people) p.hidden = q !== '' && !fold(p.dataset.name ?? '').includes(q)
  })

  // The camera, where the browser can read QR codes itself.
  const scan = root.querySelector<HTMLElement>('[data-scan-section]')
  const video = root.querySelector<HTMLVideoElement>('[data-scan-video]')
  const toggle = root.querySelector<HTMLButtonElement>('[data-scan-toggle]')
  if (scan && video && toggle && 'BarcodeDetector' in window && navigator.mediaDevices) {
    scan.hidden = false
    const startLabel = toggle.textContent ?? ''
    let stream: MediaStream | null = null
    let last = ''
    const stop = () => {
      for (const track of stream?.getTracks() ?? []) track.stop()
      stream = null
      video.hidden = true
      toggle.textContent = startLabel
    }
    toggle.addEventListener('click', async () => {
      if (stream) return stop()
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } })
      } catch {
        say(msg('msgCamera'))
        return
      }
      video.srcObject = stream
      video.hidden = false
      await video.play()
      toggle.textContent = toggle.dataset.labelStop ?? startLabel
      const detector = new BarcodeDetector({ formats: ['qr_code'] })
      const tick = async () => {
        if (!stream) return
        try {
          const [found] = await detector.detect(video)
          const code = found ? normalise(found.rawValue) : ''
          if (code && code !== last) {
            last = code
            queue({ code })
            const row = rowOf({ code })
            say(`${msg('msgScanned')} ${row?.querySelector('.checkin-name')?.textContent ?? code}`)
            setTimeout(() => {
              last = ''
            }, 3000)
          }
        } catch {
          // A frame the detector could not read; try the next one.
        }
        setTimeout(tick, 250)
      }
      void tick()
    })
  }

  window.addEventListener('online', () => void flush())
  window.addEventListener('offline', () => say(msg('msgOffline')))
  // Catch up on anything a previous visit left queued, and retry now and then.
  setInterval(() => void flush(), 10_000)
  void flush()
}
