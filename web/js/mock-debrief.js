// The debrief at the end of a mock interview: the first place the candidate sees scores. Each answer's critique
// summary and score, time against its target, how the follow-ups went, strongest and weakest, what to prepare next
// (each with the passage that helps, opened on click) and the trend against earlier interviews. An answer given by
// voice also shows how it sounded: its pace and fillers, which the server measured from the recording.

import {clock, el, muted, show} from './dom.js';
import {citationButton} from './sources.js';
import {formatScore} from './report.js';
import {READINGS, timeAgainstTarget, trendSentence} from './mock-wire.js';

export function renderDebrief(container, debrief) {
  if (!debrief) {
    show(container, muted('No debrief was returned for this interview.'));
    return;
  }
  show(container,
    overall(debrief),
    answersTable(debrief.answers || []),
    followUps(debrief),
    extremes(debrief),
    prepareNext(debrief.prepareNext || []),
    trend(debrief.trend),
    guard(debrief.guard || []));
}

function overall(debrief) {
  const answered = (debrief.answers || []).filter(a => a.score != null).length;
  return el('div', {class: 'overall'},
    debrief.averageScore == null
      ? el('span', {}, 'No question was answered, so there is no score.')
      : [el('span', {class: 'overall-score', 'data-testid': 'mock-average'}, formatScore(debrief.averageScore)),
        el('span', {class: 'overall-of'}, ` / 5 on average over ${answered} answered question${answered === 1 ? '' : 's'}`)],
    debrief.endedEarly ? el('span', {class: 'badge'}, 'Ended early') : null);
}

function answersTable(answers) {
  if (!answers.length) return el('section', {}, el('h4', {}, 'Your answers'), muted('The interview ended before any answer.'));
  // the delivery column only when something was said: a typed interview has nothing to put in it
  const spoken = answers.some(a => a.spoken);
  return el('section', {'aria-labelledby': 'mock-answers-title'},
    el('h4', {id: 'mock-answers-title'}, 'Your answers'),
    el('div', {class: 'table-scroll'}, el('table', {class: 'attempts mock-answers'},
      el('thead', {}, el('tr', {},
        el('th', {scope: 'col'}, 'Question'), el('th', {scope: 'col'}, 'Score'),
        el('th', {scope: 'col'}, 'Time'), spoken ? el('th', {scope: 'col'}, 'How it sounded') : null,
        el('th', {scope: 'col'}, 'What the critique says'))),
      el('tbody', {}, answers.map(a => answerRow(a, spoken))))));
}

function answerRow(a, spokenColumn) {
  return el('tr', {'data-question-index': a.questionIndex},
    el('td', {}, `${a.questionIndex}. ${a.question}`),
    el('td', {'data-label': 'Score'}, a.score == null ? READINGS[a.reading] || a.reading : `${formatScore(a.score)} / 5`,
      a.verdict ? el('span', {class: `verdict verdict-${a.verdict}`}, a.verdict) : null),
    el('td', {'data-label': 'Time'}, timeAgainstTarget(a)),
    spokenColumn ? el('td', {'data-label': 'How it sounded'}, delivery(a.spoken)) : null,
    el('td', {'data-label': 'Critique'}, a.summary || ''));
}

const PACE = {slow: 'too slow', within: 'within 120–160', fast: 'too fast'};

/** A spoken answer's pace and fillers as measured; "typed" for an answer that was not said. */
function delivery(spoken) {
  if (!spoken) return el('span', {class: 'muted'}, 'typed');
  const pace = spoken.wordsPerMinute == null ? 'pace not measured'
    : `${spoken.wordsPerMinute} words a minute${spoken.pace ? ` (${PACE[spoken.pace] || spoken.pace})` : ''}`;
  const fillers = `${spoken.fillers} filler${spoken.fillers === 1 ? '' : 's'}`
    + (spoken.fillersPerMinute != null ? ` (${spoken.fillersPerMinute} a minute)` : '');
  return [el('span', {'data-figure': 'pace'}, pace), el('br'), el('span', {'data-figure': 'fillers'}, fillers)];
}

function followUps(debrief) {
  const list = debrief.followUps || [];
  const tally = debrief.followUpTally;
  if (!list.length && !tally?.asked) return null;
  const counted = tally ? `${tally.asked} asked: ${tally.answered} answered, ${tally.dodged} dodged, `
    + `${tally.dontKnow} “I don't know”, ${tally.skipped} skipped.` : '';
  return el('section', {},
    el('h4', {}, 'How the follow-ups went'),
    counted ? el('p', {}, counted) : null,
    el('ul', {class: 'mock-followups'}, list.map(f => el('li', {},
      el('span', {class: `badge mock-reading-${f.reading}`}, READINGS[f.reading] || f.reading), ' ', f.question,
      f.score != null ? el('span', {class: 'muted small'}, ` (${formatScore(f.score)} / 5, ${clock(f.seconds)}`
        + `${f.spoken?.wordsPerMinute != null ? `, ${f.spoken.wordsPerMinute} words a minute` : ''}`
        + `${f.spoken ? `, ${f.spoken.fillers} filler${f.spoken.fillers === 1 ? '' : 's'}` : ''})`) : null))));
}

function extremes(debrief) {
  const items = [];
  if (debrief.strongest) items.push(el('li', {}, el('strong', {}, 'Strongest: '), named(debrief.strongest)));
  if (debrief.weakest) items.push(el('li', {}, el('strong', {}, 'Weakest: '), named(debrief.weakest)));
  return items.length ? el('ul', {class: 'mock-extremes'}, items) : null;
}

function named(a) {
  return `${a.question}${a.score == null ? '' : ` (${formatScore(a.score)} / 5)`}`;
}

function prepareNext(points) {
  if (!points.length) return null;
  return el('section', {},
    el('h4', {}, 'Prepare next'),
    el('ol', {class: 'mock-prepare'}, points.map(p => el('li', {},
      el('span', {class: 'mock-prepare-what'}, p.what), ' ',
      p.passage ? citationButton(p.passage) : null,
      p.why ? el('p', {class: 'muted small'}, p.why) : null))));
}

function trend(t) {
  const sentence = trendSentence(t);
  return sentence ? el('section', {}, el('h4', {}, 'Against your earlier interviews'), el('p', {}, sentence)) : null;
}

function guard(flags) {
  if (!flags.length) return null;
  return el('div', {class: 'flags'},
    el('p', {}, 'Flagged in the model\'s words: not found in your answers, notes or the research.'),
    el('ul', {}, flags.map(f => el('li', {}, f))));
}
