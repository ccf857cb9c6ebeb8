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
    byId('source-text').textContent = p.text;
  } catch (e) {
    byId('source-title').textContent = 'This passage could not be opened';
    byId('source-text').textContent = e.message;
  }
}
