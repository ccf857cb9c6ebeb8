// A question's attempts: the overall score over time as a small SVG chart, the list, and two pickers for a diff.

import {el, muted, show, svg} from './dom.js';
import {deleteJson, getJson} from './api.js';
import {formatScore} from './report.js';
import {renderDiff} from './diff.js';
import {renderSpokenCharts} from './spoken-chart.js';

const WIDTH = 560;
const HEIGHT = 160;
const PAD = {left: 34, right: 12, top: 12, bottom: 26};
// short enough for a phone's history table; the full time is the cell's tooltip
const WHEN = new Intl.DateTimeFormat(undefined, {dateStyle: 'short', timeStyle: 'short'});

export function historyPath(question) {
  return question.id
    ? `/api/attempts?questionId=${encodeURIComponent(question.id)}`
    : `/api/attempts?question=${encodeURIComponent(question.text)}`;
}

/** Loads and renders the history of a question; onOpen(attempt) is called when the user opens one. */
export async function loadHistory(question, {onOpen, onChange}) {
  const status = document.getElementById('history-status');
  const chart = document.getElementById('history-chart');
  const list = document.getElementById('history-list');
  const diffBox = document.getElementById('diff');
  if (!question) return;
  let history;
  try {
    history = await getJson(historyPath(question));
  } catch (e) {
    status.textContent = `History unavailable: ${e.message}`;
    show(chart);
    show(list);
    return;
  }
  const attempts = history.attempts;
  if (!attempts.length) {
    status.textContent = 'No attempts at this question yet. Each Critique, Follow-ups and Tie run is saved here;'
      + ' Ask runs are not, as they are questions about your notes rather than answers.';
    show(chart);
    show(list);
    show(diffBox);
    return;
  }
  status.textContent = `${attempts.length} attempt${attempts.length === 1 ? '' : 's'}, newest first.`;
  renderChart(chart, attempts);
  renderSpokenCharts(chart, attempts);
  renderList(list, attempts, {onOpen, onChange, question, diffBox});
}

export function renderChart(container, newestFirst) {
  const points = newestFirst.slice().reverse().filter(a => typeof a.overallScore === 'number');
  if (!points.length) {
    show(container, muted('No scored attempts yet: scores come from Critique runs.'));
    return;
  }
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const x = i => PAD.left + (points.length === 1 ? innerW / 2 : (i * innerW) / (points.length - 1));
  const y = s => PAD.top + ((5 - s) * innerH) / 4;
  const described = points.map(p => formatScore(p.overallScore)).join(', ');
  const chart = svg('svg', {viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'score-chart', role: 'img', 'aria-labelledby': 'chart-title'},
    svg('title', {id: 'chart-title'}, `Overall score over ${points.length} scored attempts, oldest first: ${described}`));
  for (let s = 1; s <= 5; s++) {
    chart.append(svg('line', {class: 'grid', x1: PAD.left, x2: WIDTH - PAD.right, y1: y(s), y2: y(s)}));
    chart.append(svg('text', {class: 'axis', x: PAD.left - 8, y: y(s) + 4, 'text-anchor': 'end'}, String(s)));
  }
  if (points.length > 1) {
    chart.append(svg('polyline', {class: 'line', points: points.map((p, i) => `${x(i)},${y(p.overallScore)}`).join(' ')}));
  }
  points.forEach((p, i) => {
    chart.append(svg('circle', {class: 'point', cx: x(i), cy: y(p.overallScore), r: 4, 'data-attempt': p.id},
      svg('title', {}, `Attempt ${p.id}, ${new Date(p.createdAt).toLocaleString()}: ${formatScore(p.overallScore)}`)));
    if (points.length <= 12 || i === 0 || i === points.length - 1) {
      // the end labels align inwards so they are never cut off at the chart's edges
      const anchor = points.length === 1 ? 'middle' : i === 0 ? 'start' : i === points.length - 1 ? 'end' : 'middle';
      chart.append(svg('text', {class: 'axis', x: x(i), y: HEIGHT - 8, 'text-anchor': anchor}, shortDate(p.createdAt)));
    }
  });
  show(container, chart);
}

function renderList(container, attempts, {onOpen, onChange, question, diffBox}) {
  const table = el('table', {class: 'attempts'},
    el('caption', {class: 'sr-only'}, 'Attempts at this question; choose two to compare their drafts'),
    el('thead', {}, el('tr', {},
      el('th', {scope: 'col'}, 'When'), el('th', {scope: 'col'}, 'Action'), el('th', {scope: 'col'}, 'Score'),
      el('th', {scope: 'col'}, 'Words'), el('th', {scope: 'col'}, 'Coach'),
      el('th', {scope: 'col'}, 'From'), el('th', {scope: 'col'}, 'To'), el('th', {scope: 'col'}, el('span', {class: 'sr-only'}, 'Actions')))));
  const body = el('tbody');
  // Critique, Follow-ups and Tie on one draft are three attempts with the same draft: compare the newest draft
  // with the latest different one, and offer no comparison when every attempt has the same draft
  const newestDraft = attempts[0].sameDraftAs;
  const previousDraft = attempts.findIndex(a => a.sameDraftAs !== newestDraft);
  attempts.forEach((a, index) => {
    const from = el('input', {type: 'radio', name: 'diff-from', value: a.id, 'aria-label': `Compare from attempt ${a.id}`});
    const to = el('input', {type: 'radio', name: 'diff-to', value: a.id, 'aria-label': `Compare to attempt ${a.id}`});
    if (index === previousDraft) from.checked = true;
    if (index === 0) to.checked = true;
    const open = el('button', {type: 'button', class: 'link-button', 'aria-label': `Open the draft of attempt ${a.id}`}, 'Open');
    open.addEventListener('click', async () => onOpen(await getJson(`/api/attempts/${a.id}`)));
    const remove = el('button', {type: 'button', class: 'link-button danger-text', 'aria-label': `Delete attempt ${a.id}`}, 'Delete');
    remove.addEventListener('click', async () => {
      remove.disabled = true;
      try {
        await deleteJson(`/api/attempts/${a.id}`);
      } catch (e) {
        document.getElementById('history-status').textContent = `Could not delete: ${e.message}`;
      }
      onChange();
    });
    body.append(el('tr', {'data-attempt': a.id},
      el('td', {}, el('time', {datetime: a.createdAt, title: new Date(a.createdAt).toLocaleString()}, WHEN.format(new Date(a.createdAt)))),
      el('td', {}, a.mode), el('td', {}, formatScore(a.overallScore)), el('td', {}, String(a.draftWords)),
      el('td', {}, a.modelNote || ''), el('td', {}, from), el('td', {}, to), el('td', {}, open, ' ', remove)));
  });
  table.append(body);
  const compare = el('button', {type: 'button', id: 'compare', class: 'secondary'}, 'Compare the two drafts');
  compare.addEventListener('click', () => showDiff(container, diffBox));
  show(container, el('div', {class: 'table-scroll'}, table), previousDraft > 0 ? compare : null);
  show(diffBox);
}

async function showDiff(container, diffBox) {
  const from = container.querySelector('input[name=diff-from]:checked')?.value;
  const to = container.querySelector('input[name=diff-to]:checked')?.value;
  if (!from || !to) {
    show(diffBox, muted('Choose an attempt in the From column and one in the To column.'));
    return;
  }
  try {
    renderDiff(diffBox, await getJson(`/api/attempts/${from}/diff/${to}`));
  } catch (e) {
    show(diffBox, muted(`The diff could not be made: ${e.message}`));
  }
}

/** Day, month and time in the browser's own locale: "6/12" means June to some readers and December to others. */
const SHORT_DATE = new Intl.DateTimeFormat(undefined, {day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit'});

function shortDate(iso) {
  return SHORT_DATE.format(new Date(iso));
}
