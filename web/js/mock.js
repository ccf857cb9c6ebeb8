// The mock interview view: the interviewer asks, the candidate answers against a visible clock, follow-ups come
// as a conversation, and only when the session ends does the debrief (the first score the candidate sees) appear.
// The server runs the interview and keeps the session; this view only shows turns and sends answers.

import {byId, clock, el, muted, show} from './dom.js';
import {formatScore} from './report.js';
import {ApiError, getJson, postJson} from './api.js';
import {countWords, speakingSeconds, WORDS_PER_MINUTE} from './timer.js';
import {InterviewerVoice} from './mock-speech.js';
import {renderDebrief} from './mock-debrief.js';
import {downloadMarkdown, sessionMarkdown} from './mock-markdown.js';
import {isOpen, sessionsOf, transcriptOf} from './mock-wire.js';
import {Recorder} from './voice.js';

const VIEW_HASH = '#mock';

const view = byId('mock-view');
const answer = byId('mock-answer');
const voice = new InterviewerVoice(byId('mock-speak'), byId('mock-speak-note'));

const session = {
  id: null,
  turn: null,          // the interviewer's turn waiting for an answer
  planned: 0,          // questions in the plan, for "Question 2 of 5"
  asked: 0,            // planned questions asked so far
  sending: false,
  ended: false,
  spoken: null,        // the recording this answer was transcribed from: {spokenId, durationMs}; null when typed
};

// ---- the view: shown in place of the practice layout while the address ends in #mock --------------------------

let inView = false;

function syncView() {
  const wanted = location.hash === VIEW_HASH;
  if (wanted === inView) return;
  inView = wanted;
  view.hidden = !wanted;
  const practice = document.querySelector('.layout');
  if (practice) practice.hidden = wanted;
  const nav = byId('mock-nav');
  if (wanted) nav.setAttribute('aria-current', 'page');
  else nav.removeAttribute('aria-current');
  if (wanted) {
    loadSessions();
    (session.turn && !session.ended ? answer : byId('mock-title')).focus();
  } else {
    voice.silence();
  }
}

// ---- the per-answer clock and the speaking-time estimate ----------------------------------------------------

const answerClock = {
  startedAt: null,
  tick: null,
  start() {
    this.stop();
    this.startedAt = Date.now();
    this.tick = setInterval(() => this.render(), 250);
    this.render();
  },
  stop() {
    if (this.tick !== null) clearInterval(this.tick);
    this.tick = null;
    const seconds = this.seconds();
    this.startedAt = null;
    return seconds;
  },
  seconds() {
    return this.startedAt === null ? 0 : (Date.now() - this.startedAt) / 1000;
  },
  render() {
    byId('mock-clock').textContent = clock(Math.floor(this.seconds()));
  },
};

function updateEstimate() {
  const words = countWords(answer.value);
  byId('mock-estimate').textContent = `${words} word${words === 1 ? '' : 's'} · about `
    + `${clock(speakingSeconds(words))} spoken at ${WORDS_PER_MINUTE} words a minute`;
}

// ---- answering by voice -----------------------------------------------------------------------------------------

/**
 * The transcript goes into the answer box for the candidate to read and send; the answer then names its recording,
 * so the server times it and measures its pace and fillers itself. The figures stay out of sight until the debrief:
 * mid-interview the candidate sees no judgement of any kind.
 */
function useTranscript(result) {
  if (!session.id || session.ended) return;
  answer.value = result.text;
  session.spoken = {spokenId: result.spokenId, durationMs: result.durationMs};
  byId('mock-recorder').querySelector('.voice-figures').hidden = true;
  updateEstimate();
  setStatus('The transcript of your recording is in the answer box. Edit it if you like, then send it.');
  answer.focus();
}

const recorder = new Recorder(byId('mock-recorder'), {onTranscript: useTranscript, label: 'Speak your answer'});

/** A new turn, or no turn: a recording in progress ends and the last one is forgotten with its figures. */
function forgetRecording() {
  recorder.stop();
  recorder.reset();
  session.spoken = null;
}

// ---- status and the conversation ------------------------------------------------------------------------------

function setStatus(text, kind = '') {
  const status = byId('mock-status');
  status.textContent = text;
  status.dataset.kind = kind;
}

function setBusy(busy) {
  session.sending = busy;
  for (const id of ['mock-send', 'mock-skip', 'mock-end']) byId(id).disabled = busy || session.ended;
  byId('mock-session').setAttribute('aria-busy', String(busy));
}

function turnLabel(turn, number) {
  if (turn.kind === 'follow-up') return 'Follow-up';
  if (turn.kind === 'end') return 'Closing';
  return session.planned ? `Question ${number} of ${session.planned}` : `Question ${number}`;
}

function interviewerItem(turn, number) {
  return el('li', {class: `mock-turn interviewer ${turn.kind}`},
    el('p', {class: 'mock-who'}, `Interviewer · ${turnLabel(turn, number)}`),
    el('p', {class: 'mock-said'}, turn.text),
    // why the interviewer asked is part of the assessment, so it stays hidden until the debrief
    turn.why ? el('p', {class: 'mock-why muted small', hidden: !session.ended}, `Why it was asked: ${turn.why}`) : null,
    // a model call that failed and was replaced by the offline interviewer: said, never hidden
    turn.note ? el('p', {class: 'mock-note muted small'}, turn.note) : null);
}

/** @param spoken whether the answer was said: its time is then the recording's length */
function candidateItem(text, seconds, skipped, spoken = false) {
  const words = countWords(text);
  const said = `${spoken ? ' · spoken' : ''} · ${clock(seconds)} · ${words} word${words === 1 ? '' : 's'}`;
  return el('li', {class: `mock-turn candidate${skipped ? ' skipped' : ''}${spoken ? ' spoken' : ''}`},
    el('p', {class: 'mock-who'}, 'You' + (skipped ? ' · skipped' : said)),
    skipped ? el('p', {class: 'mock-said muted'}, 'Skipped.') : el('p', {class: 'mock-said'}, text));
}

/** The interviewer's new turn: into the conversation, announced, read aloud if on, and the answer box ready. */
function ask(turn) {
  session.turn = turn;
  if (turn.kind === 'question') session.asked += 1;
  const label = turnLabel(turn, session.asked);
  byId('mock-transcript').append(interviewerItem(turn, session.asked));
  byId('mock-live').textContent = `${label}: ${turn.text}`;
  voice.say(turn.text);
  forgetRecording();
  answer.value = '';
  updateEstimate();
  answerClock.start();
  answer.focus();
}

// ---- the session ------------------------------------------------------------------------------------------------

function resetSession() {
  answerClock.stop();
  voice.silence();
  forgetRecording();
  Object.assign(session, {id: null, turn: null, planned: 0, asked: 0, sending: false, ended: false});
  show(byId('mock-transcript'));
  show(byId('mock-debrief-body'));
  byId('mock-debrief').hidden = true;
  byId('mock-session').hidden = true;
  byId('mock-setup').hidden = false;
  byId('mock-answer-form').hidden = false;
}

async function start(event) {
  event.preventDefault();
  if (session.sending) return;
  const questions = Number(byId('mock-questions').value);
  const followUps = Number(byId('mock-followups').value);
  resetSession();
  setBusy(true);
  setStatus('Starting the interview…', 'busy');
  try {
    const started = await postJson('/api/mock', {questions, followUps});
    session.id = started.id;
    session.planned = await plannedQuestions(started.id, questions);
    byId('mock-setup').hidden = true;
    byId('mock-session').hidden = false;
    setStatus('');
    setBusy(false);
    ask(started.turn);
    loadSessions();
  } catch (e) {
    setBusy(false);
    setStatus(`The interview could not start: ${e.message}`, 'error');
  }
}

/** How many questions the server planned: fewer than asked for when the question bank holds fewer. */
async function plannedQuestions(id, asked) {
  try {
    const stored = await getJson(`/api/mock/${encodeURIComponent(id)}`);
    return stored.plan?.questions?.length || asked;
  } catch {
    // the count only labels the turns ("Question 2 of 5"); the interview goes on without it
    return asked;
  }
}

async function send(skip) {
  if (!session.id || session.ended || session.sending) return;
  const text = answer.value.trim();
  if (!skip && !text) {
    setStatus('Type your answer first, or Skip the question.', 'error');
    answer.focus();
    return;
  }
  setBusy(true);
  setStatus(skip ? 'Skipping…' : 'The interviewer is listening…', 'busy');
  try {
    const spoken = skip ? null : session.spoken;
    const body = skip ? {skip: true} : spoken ? {answer: text, spokenId: spoken.spokenId} : {answer: text};
    const reply = await postJson(`/api/mock/${encodeURIComponent(session.id)}/answer`, body);
    const waited = answerClock.stop();
    // a spoken answer took as long as its recording, whatever time was spent reading the transcript before sending
    const seconds = spoken && spoken.durationMs ? Math.round(spoken.durationMs / 1000) : waited;
    byId('mock-transcript').append(candidateItem(text, seconds, skip, Boolean(spoken)));
    setStatus('');
    setBusy(false);
    if (reply.turn.kind === 'end') finish(reply.debrief, interviewerItem(reply.turn, session.asked));
    else ask(reply.turn);
  } catch (e) {
    setBusy(false);
    if (e instanceof ApiError && e.status === 409) {
      setStatus('This interview has already ended; here is its debrief.', 'error');
      openSession(session.id);
    } else {
      setStatus(`Your answer was not sent: ${e.message}`, 'error');
      answer.focus();
    }
  }
}

async function endEarly() {
  if (!session.id || session.ended || session.sending) return;
  setBusy(true);
  setStatus('Ending the interview and writing the debrief…', 'busy');
  try {
    const debrief = await postJson(`/api/mock/${encodeURIComponent(session.id)}/end`, {});
    answerClock.stop();
    setStatus('');
    finish(debrief, el('li', {class: 'mock-turn system'}, el('p', {class: 'mock-said muted'}, 'You ended the interview early.')));
  } catch (e) {
    setStatus(`The interview could not be ended: ${e.message}`, 'error');
  } finally {
    setBusy(false);
  }
}

/** The session is over: the question box goes, the debrief (the first scores shown) comes. */
function finish(debrief, closingItem) {
  session.ended = true;
  session.turn = null;
  answerClock.stop();
  voice.silence();
  forgetRecording();
  byId('mock-answer-form').hidden = true;
  byId('mock-transcript').append(closingItem);
  for (const why of byId('mock-transcript').querySelectorAll('.mock-why')) why.hidden = false;
  byId('mock-live').textContent = 'The interview is over. The debrief follows.';
  showDebrief(debrief);
  loadSessions();
}

function showDebrief(debrief) {
  renderDebrief(byId('mock-debrief-body'), debrief);
  byId('mock-debrief').hidden = false;
  byId('mock-debrief-title').focus();
}

/** A past session: an open one is resumed where it stopped, an ended one shows its conversation and debrief. */
async function openSession(id) {
  let stored;
  try {
    stored = await getJson(`/api/mock/${encodeURIComponent(id)}`);
  } catch (e) {
    setStatus(`That interview could not be opened: ${e.message}`, 'error');
    return;
  }
  resetSession();
  session.id = stored.id;
  session.planned = stored.plan?.questions?.length || 0;
  session.ended = !isOpen(stored);
  byId('mock-setup').hidden = true;
  byId('mock-session').hidden = false;
  let number = 0;
  for (const t of transcriptOf(stored)) {
    if (t.role === 'interviewer') {
      if (t.kind === 'question') number = t.questionIndex || number + 1;
      byId('mock-transcript').append(interviewerItem(t, number));
    } else {
      byId('mock-transcript').append(candidateItem(t.text, t.seconds, t.skipped, t.spoken));
    }
  }
  session.asked = number;
  setStatus('');
  if (!session.ended && stored.turn) {
    // the turn waiting for an answer is already the last one in the conversation; the clock starts again from now
    session.turn = stored.turn;
    byId('mock-live').textContent = `Resumed. ${turnLabel(stored.turn, number)}: ${stored.turn.text}`;
    answer.value = '';
    updateEstimate();
    answerClock.start();
    setBusy(false);
    answer.focus();
  } else {
    session.ended = true;
    setBusy(false);
    byId('mock-answer-form').hidden = true;
    if (stored.debrief) showDebrief(stored.debrief);
    else setStatus('This interview ended with no debrief.', 'error');
  }
}

// ---- past sessions ----------------------------------------------------------------------------------------------

const WHEN = new Intl.DateTimeFormat(undefined, {dateStyle: 'medium', timeStyle: 'short'});

async function loadSessions() {
  const list = byId('mock-sessions');
  let sessions;
  try {
    sessions = sessionsOf(await getJson('/api/mock'));
  } catch (e) {
    show(list, muted(`Past interviews could not be loaded: ${e.message}`));
    return;
  }
  if (!sessions.length) {
    show(list, muted('No interviews yet. Your sessions are kept here, and an unfinished one can be resumed.'));
    return;
  }
  show(list, el('ul', {class: 'mock-past-list'}, sessions.map(s => {
    const open = isOpen(s);
    const button = el('button', {type: 'button', class: 'link-button', 'data-session-id': s.id},
      open ? 'Resume' : 'Debrief');
    button.addEventListener('click', () => openSession(s.id));
    return el('li', {class: 'mock-past'},
      el('span', {}, WHEN.format(new Date(s.createdAt))),
      el('span', {class: 'muted small'}, ` · ${open ? 'unfinished' : 'ended'} · ${s.answered} of ${s.questions} answered`
        + (s.averageScore != null ? ` · ${formatScore(s.averageScore)} / 5` : '')),
      ' ', button);
  })));
}

async function exportSession() {
  if (!session.id) return;
  try {
    const stored = await getJson(`/api/mock/${encodeURIComponent(session.id)}`);
    const name = downloadMarkdown(sessionMarkdown(stored), stored);
    setStatus(`Transcript and debrief exported as ${name}.`);
  } catch (e) {
    setStatus(`The interview could not be exported: ${e.message}`, 'error');
  }
}

// ---- wiring -------------------------------------------------------------------------------------------------------

byId('mock-setup').addEventListener('submit', start);
byId('mock-answer-form').addEventListener('submit', event => {
  event.preventDefault();
  send(false);
});
byId('mock-skip').addEventListener('click', () => send(true));
byId('mock-end').addEventListener('click', endEarly);
byId('mock-export').addEventListener('click', exportSession);
byId('mock-again').addEventListener('click', () => {
  resetSession();
  setStatus('');
  byId('mock-questions').focus();
});
answer.addEventListener('input', updateEstimate);
// Ctrl/Cmd+Enter sends the answer here; it must not also reach the practice view's shortcut (the critique)
view.addEventListener('keydown', event => {
  if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
  event.preventDefault();
  event.stopPropagation();
  if (event.target === answer) send(false);
});
window.addEventListener('hashchange', syncView);

updateEstimate();
syncView();
