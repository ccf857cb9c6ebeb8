// The debrief at the end of a mock interview: the first place the candidate sees scores. Each answer's critique
// summary and score, how the follow-ups went, time against target, strongest and weakest, what to prepare next
// (each with the passage that helps, opened on click) and the trend against earlier sessions.

import {clock, el, humanise, muted, show} from './dom.js';
import {citationButton} from './sources.js';
import {formatScore} from './report.js';

export function renderDebrief(container, debrief) {
  if (!debrief) {
    show(container, muted('No debrief was returned for this interview.'));
    return;
  }
  show(container,
    overall(debrief),
    answersTable(debrief.answers || []),
    followUpsList(debrief.followUps || []),
    strongestWeakest(debrief),
    prepareNext(debrief.prepareNext || debrief.prepare || []),
    trend(debrief.trend),
    notes(debrief));
}

function overall(debrief) {
  if (debrief.overall == null) return null;
  return el('p', {class: 'overall'},
    el('span', {class: 'overall-score', 'data-testid': 'mock-overall'}, formatScore(debrief.overall)),
    el('span', {class: 'overall-of'}, ' / 5 across the answered questions'));
}

function answersTable(answers) {
  if (!answers.length) return el('section', {}, el('h4', {}, 'Your answers'), muted('No question was answered.'));
  return el('section', {'aria-labelledby': 'mock-answers-title'},
    el('h4', {id: 'mock-answers-title'}, 'Your answers'),
    el('div', {class: 'table-scroll'}, el('table', {class: 'attempts mock-answers'},
      el('thead', {}, el('tr', {},
        el('th', {scope: 'col'}, 'Question'), el('th', {scope: 'col'}, 'Score'),
        el('th', {scope: 'col'}, 'Time'), el('th', {scope: 'col'}, 'What the critique says'))),
      el('tbody', {}, answers.map(a => el('tr', {'data-question-id': a.questionId || null},
        el('td', {}, a.question || a.text || ''),
        el('td', {}, a.skipped ? 'skipped' : a.score == null ? '–' : `${formatScore(a.score)} / 5`),
        el('td', {}, timeAgainstTarget(a)),
        el('td', {}, a.summary || (a.skipped ? 'Not answered.' : ''))))))));
}

/** "1:40 (target 1:04–2:09)", with a word when the answer ran short or long. */
function timeAgainstTarget(answer) {
  const seconds = answer.seconds ?? answer.durationSeconds;
  if (seconds == null) return '–';
  const target = answer.target;
  if (!target) return clock(seconds);
  const min = target.minSeconds;
  const max = target.maxSeconds;
  const verdict = seconds < min ? ', short' : seconds > max ? ', long' : '';
  return `${clock(seconds)} (target ${clock(min)}–${clock(max)}${verdict})`;
}

function followUpsList(followUps) {
  if (!followUps.length) return null;
  return el('section', {},
    el('h4', {}, 'How the follow-ups went'),
    el('ul', {class: 'mock-followups'}, followUps.map(f => el('li', {},
      el('span', {class: `badge mock-outcome-${f.outcome}`}, humanise(f.outcome)), ' ', f.question || f.text || ''))));
}

function strongestWeakest(debrief) {
  const items = [];
  if (debrief.strongest) items.push(el('li', {}, el('strong', {}, 'Strongest: '), answerName(debrief.strongest)));
  if (debrief.weakest) items.push(el('li', {}, el('strong', {}, 'Weakest: '), answerName(debrief.weakest)));
  return items.length ? el('ul', {class: 'mock-extremes'}, items) : null;
}

function answerName(answer) {
  const text = answer.question || answer.text || '';
  return answer.score == null ? text : `${text} (${formatScore(answer.score)} / 5)`;
}

function prepareNext(points) {
  if (!points.length) return null;
  return el('section', {},
    el('h4', {}, 'Prepare next'),
    el('ol', {class: 'mock-prepare'}, points.map(p => el('li', {},
      p.text || p.point || '', ' ', p.passage ? citationButton(p.passage) : null))));
}

function trend(t) {
  if (!t) return null;
  const text = typeof t === 'string' ? t : t.summary || t.text || '';
  return text ? el('section', {}, el('h4', {}, 'Against your earlier interviews'), el('p', {}, text)) : null;
}

function notes(debrief) {
  const list = [debrief.note, debrief.llmNote, ...(debrief.notes || [])].filter(Boolean).map(n => typeof n === 'string' ? n : n.message);
  return list.length ? el('div', {class: 'note'}, list.map(n => el('p', {class: 'small'}, n))) : null;
}
