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

export async function getJson(path, options = {}) {
  return parse(await fetch(path, {headers: {Accept: 'application/json'}, signal: options.signal, credentials: 'same-origin'}));
}

export async function postJson(path, body, options = {}) {
  return parse(await fetch(path, {
    method: 'POST',
    headers: {'Content-Type': 'application/json', Accept: 'application/json'},
    body: JSON.stringify(body),
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
  const response = await fetch(path, {
    method: 'POST',
    headers: {'Content-Type': 'application/json', Accept: 'text/event-stream'},
    body: JSON.stringify(body),
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
