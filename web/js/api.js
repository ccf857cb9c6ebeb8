// The API client: JSON calls, and Server-Sent Events read from a POST with fetch (EventSource can only GET).

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

async function parse(response) {
  const type = response.headers.get('Content-Type') || '';
  if (!response.ok) {
    let message = `${response.status} ${response.statusText}`;
    let code = 'error';
    if (type.startsWith('application/json')) {
      try {
        const body = await response.json();
        message = body.message || message;
        code = body.error || code;
      } catch (ignored) {
        // the status line is all there is
      }
    }
    throw new ApiError(response.status, code, message);
  }
  if (response.status === 204) return null;
  return type.startsWith('application/json') ? response.json() : response.text();
}

// ---- the company every call is about ------------------------------------------------------------------------
// Chosen in the header's switcher (js/companies.js) and kept across reloads. Every call below carries it, as
// ?company= on a GET and a "company" field in a POST body, so every view follows the choice without knowing of it.

const COMPANY_KEY = 'rehearse.company';

function storedCompany() {
  try {
    return localStorage.getItem(COMPANY_KEY) || null;
  } catch (ignored) {
    return null; // storage switched off: the default company
  }
}

/** Keeps the chosen company's slug, or forgets it (the server's default then) for null. */
export function chooseCompany(slug) {
  try {
    if (slug) localStorage.setItem(COMPANY_KEY, slug); else localStorage.removeItem(COMPANY_KEY);
  } catch (ignored) {
    // storage switched off: the choice lasts until the page reloads
  }
  companies = Promise.resolve(companies).then(list => ({...list, chosen: slug || null}));
}

/**
 * The companies (GET /api/companies), asked once, with the chosen one: a stored choice the folder no longer has is
 * forgotten here, before any call carries it and hears a 404.
 */
let companies = null;

export function companyList() {
  if (!companies) {
    companies = fetch('/api/companies', {headers: {Accept: 'application/json'}, credentials: 'same-origin'})
      .then(r => (r.ok ? r.json() : {companies: [], default: null}))
      .catch(() => ({companies: [], default: null}))
      .then(list => {
        const stored = storedCompany();
        const known = (list.companies || []).some(c => c.slug === stored);
        if (stored && !known) chooseCompany(null);
        return {...list, chosen: known ? stored : null};
      });
  }
  return companies;
}

async function withCompany(path) {
  if (!path.startsWith('/api/') || path.startsWith('/api/companies') || /[?&]company=/.test(path)) return path;
  const {chosen} = await companyList();
  return chosen ? `${path}${path.includes('?') ? '&' : '?'}company=${encodeURIComponent(chosen)}` : path;
}

async function bodyWithCompany(body) {
  if (!body || typeof body !== 'object' || Array.isArray(body) || 'company' in body) return body;
  const {chosen} = await companyList();
  return chosen ? {...body, company: chosen} : body;
}

export async function getJson(path, options = {}) {
  return parse(await fetch(await withCompany(path), {headers: {Accept: 'application/json'}, signal: options.signal,
    credentials: 'same-origin'}));
}

export async function postJson(path, body, options = {}) {
  return parse(await fetch(await withCompany(path), {
    method: 'POST',
    headers: {'Content-Type': 'application/json', Accept: 'application/json'},
    body: JSON.stringify(await bodyWithCompany(body)),
    signal: options.signal,
    credentials: 'same-origin',
  }));
}

export async function deleteJson(path) {
  return parse(await fetch(path, {method: 'DELETE', credentials: 'same-origin'}));
}

/**
 * POSTs the body asking for text/event-stream and calls onEvent(name, data) for each event as it arrives, data
 * parsed as JSON. Resolves when the stream ends; rejects with an AbortError when the signal aborts. A server
 * that answers JSON instead (no stream for this route) gives one event named "json".
 */
export async function postStream(path, body, {signal, onEvent}) {
  const response = await fetch(await withCompany(path), {
    method: 'POST',
    headers: {'Content-Type': 'application/json', Accept: 'text/event-stream'},
    body: JSON.stringify(await bodyWithCompany(body)),
    signal,
    credentials: 'same-origin',
  });
  const type = response.headers.get('Content-Type') || '';
  if (!response.ok || !type.startsWith('text/event-stream')) {
    onEvent('json', await parse(response));
    return;
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const {value, done} = await reader.read();
    if (done) break;
    buffer += value;
    // events end with a blank line; the spec allows \r\n, \r or \n line ends
    buffer = buffer.replace(/\r\n?/g, '\n');
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      dispatch(buffer.slice(0, end), onEvent);
      buffer = buffer.slice(end + 2);
    }
  }
  if (buffer.trim()) dispatch(buffer, onEvent);
}

function dispatch(block, onEvent) {
  let name = 'message';
  const data = [];
  for (const line of block.split('\n')) {
    if (!line || line.startsWith(':')) continue; // a comment: the server's keep-alive
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') name = value;
    else if (field === 'data') data.push(value);
  }
  if (!data.length) return;
  const text = data.join('\n');
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (ignored) {
    parsed = {text};
  }
  onEvent(name, parsed);
}
