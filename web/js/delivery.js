// The delivery figures of a spoken answer as the candidate reads them: pace, length, pauses, fillers, restarts.
// Shared by the practice page's recorder and anything else that shows a transcription's figures.

import {clock, el, show} from './dom.js';

const VERDICT = {below: 'too slow', within: 'within 120–160', above: 'too fast'};
const LENGTH = {below: 'short', within: 'within the target', above: 'long'};

function seconds(ms) {
  return clock(ms / 1000);
}

/** "0:03 for 2.0 s" */
function pauseText(p) {
  return `at ${seconds(p.startMs)} for ${(p.durationMs / 1000).toFixed(1)} s`;
}

/** One line per figure; a figure the server could not measure is left out and its note shown instead. */
export function deliveryLines(figures) {
  const lines = [];
  if (typeof figures.wordsPerMinute === 'number') {
    const verdict = figures.pace ? ` (${VERDICT[figures.pace] || figures.pace})` : '';
    lines.push(['pace', 'Pace', `${figures.wordsPerMinute} words a minute${verdict}`]);
  }
  if (typeof figures.durationMs === 'number') {
    const verdict = figures.length ? ` (${LENGTH[figures.length] || figures.length})` : '';
    lines.push(['length', 'Length', `${seconds(figures.durationMs)}${verdict}`]);
  }
  if (Array.isArray(figures.pauses)) {
    lines.push(['pauses', 'Pauses over 1.5 s', figures.pauses.length === 0 ? 'none'
      : `${figures.pauses.length}: ${figures.pauses.map(pauseText).join('; ')}`]);
  }
  const fillers = figures.fillers || [];
  const total = fillers.reduce((sum, f) => sum + f.count, 0);
  lines.push(['fillers', 'Fillers', total === 0 ? 'none'
    : `${total}: ${fillers.map((f) => `“${f.word}” × ${f.count}`).join(', ')}`]);
  lines.push(['restarts', 'Restarts', figures.restarts ? String(figures.restarts) : 'none']);
  return lines;
}

export function renderDelivery(container, figures) {
  const list = el('dl', {class: 'delivery-figures'});
  for (const [key, name, value] of deliveryLines(figures)) {
    list.append(el('dt', {}, name), el('dd', {'data-figure': key}, value));
  }
  show(container, el('h4', {}, 'How it sounded'), list,
    figures.note ? el('p', {class: 'muted small', 'data-figure': 'note'}, figures.note) : null);
}
