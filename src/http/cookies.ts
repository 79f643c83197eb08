/** Names of the cookies and form fields that the HTTP kit, the middleware and the views share. */
export const LOCALE_COOKIE = 'ura_locale'
export const CSRF_COOKIE = 'ura_csrf'
export const CSRF_FIELD = '_csrf'
