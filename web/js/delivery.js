// The delivery figures of a spoken answer as the candidate reads them: pace, length, pauses, fillers, restarts.
// Shared by the practice page's recorder and anything else that shows a transcription's figures.

import {clock, el, show} from './dom.js';

const VERDICT = {below: 'too slow', within: 'within 120–160', above: 'too fast'};
const LENGTH = {below: 'short', within: 'within the target', above: 'long'};

function seconds(ms) {
  return clock(ms / 1000);
}

/** "at 0:03 for 2.0 s", each time machine-readable in its datetime (an ISO 8601 duration to the millisecond). */
function pauseText(p) {
  return ['at ', el('time', {datetime: duration(p.startMs)}, seconds(p.startMs)), ' for ',
    el('time', {datetime: duration(p.durationMs)}, `${(p.durationMs / 1000).toFixed(1)} s`)];
}

function duration(ms) {
  return `PT${(ms / 1000).toFixed(3)}S`;
}

/** [key, name, value] per figure, value text or nodes; a figure not measured is left out and the note says why. */
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
      : [`${figures.pauses.length}: `, figures.pauses.flatMap((p, i) => (i ? ['; ', ...pauseText(p)] : pauseText(p)))]]);
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
    list.append(el('dt', {}, name), el('dd', {'data-figure': key}, [value].flat(Infinity)));
  }
  show(container, el('h4', {}, 'How it sounded'), list,
    figures.note ? el('p', {class: 'muted small', 'data-figure': 'note'}, figures.note) : null);
}
