// A citation opens its passage (file, lines, text) in a dialog, fetched by id from /api/sources/{id}.

import {byId, el} from './dom.js';
import {getJson} from './api.js';

/** "company/overview.md:3-8" from a citation-like object ({source, startLine, endLine} or {source, lines}). */
export function location(ref) {
  const start = ref.startLine ?? ref.lines?.start;
  const end = ref.endLine ?? ref.lines?.end;
  if (!start) return ref.source || 'source';
  return `${ref.source}:${start === end || !end ? start : `${start}-${end}`}`;
}

/** A button showing where a passage is; a click opens it. ref needs a passage id (passageId or id). */
export function citationButton(ref, label) {
  const id = ref.passageId || ref.id;
  const button = el('button', {
    type: 'button',
    class: 'cite',
    'data-passage': id,
    title: ref.title ? `Open ${location(ref)}: ${ref.title}` : `Open ${location(ref)}`,
  }, label || location(ref));
  button.addEventListener('click', () => openSource(id));
  return button;
}

/** A line that starts its own block even without a blank line before it: a list item, heading or quote. */
const BLOCK_START = /^\s*([-*+•>#]|\d+[.)])\s/;

/**
 * The passage as paragraphs that wrap to the window, not the file's hard line breaks. When the text has one
 * line per line of the file, each paragraph carries the file lines it came from; otherwise (a Markdown
 * passage drops its heading and blank lines) only the passage's whole range can be trusted, so it stands
 * beside the first paragraph and no per-paragraph numbers are made up.
 */
export function reflowed(text, lines) {
  const rows = String(text || '').split(/\r?\n/);
  const exact = lines?.start && lines.end - lines.start + 1 === rows.length;
  const blocks = [];
  let current = null;
  rows.forEach((row, i) => {
    const line = exact ? lines.start + i : null;
    if (!row.trim()) {
      current = null;
      return;
    }
    if (!current || BLOCK_START.test(row)) {
      current = {first: line, last: line, parts: []};
      blocks.push(current);
    }
    current.parts.push(row.trim());
    current.last = line;
  });
  if (!exact && blocks.length && lines?.start) {
    blocks[0].first = lines.start;
    blocks[0].last = lines.end;
    blocks[0].whole = true;
  }
  return blocks.map(b => el('div', {class: 'source-block'},
    b.first ? el('span', {class: 'source-lines', title: b.whole ? 'Lines of this passage in the file' : 'Lines in the file'},
      b.first === b.last ? `${b.first}` : `${b.first}–${b.last}`) : null,
    el('p', {}, b.parts.join(' '))));
}

export async function openSource(passageId) {
  const dialog = byId('source-dialog');
  byId('source-title').textContent = 'Loading the passage…';
  byId('source-where').textContent = '';
  byId('source-text').textContent = '';
  if (!dialog.open) dialog.showModal();
  try {
    const p = await getJson(`/api/sources/${encodeURIComponent(passageId)}`);
    byId('source-title').textContent = p.title || p.source;
    const lines = p.lines.start === p.lines.end ? `line ${p.lines.start}` : `lines ${p.lines.start}–${p.lines.end}`;
    byId('source-where').replaceChildren(
      el('span', {class: 'source-file'}, p.source), ` · ${lines} · ${p.kind}${p.section ? ` · ${p.section}` : ''}`);
    byId('source-text').replaceChildren(...reflowed(p.text, p.lines));
  } catch (e) {
    byId('source-title').textContent = 'This passage could not be opened';
    byId('source-text').textContent = e.message;
  }
}
