// The practice page: wires the question bank, the draft, the actions and the history together.

import {byId, el, humanise, muted, show} from './dom.js';
import {ApiError, getJson, postJson, postStream} from './api.js';
import {findingsOf, modelIssuesIn, renderLegend, renderMarkedDraft, unsupportedIn} from './highlight.js';
import {
  appendLlmFollowUps, appendLlmTie, renderAskAnswer, renderFallback, renderFindingsList, renderFollowUps,
  renderLanguageNote, renderLlmCritique, renderScores, renderTie,
} from './report.js';
import {loadHistory} from './history.js';
import {LengthReadout, Timer} from './timer.js';
import {Recorder} from './voice.js';
// the mock interview view wires itself; imported here so the page keeps a single script element
import './mock.js';
// the plan view (the start of the page) after it: its view switch settles plan against practice once mock.js has run
import './plan.js';
import {waitUntilIndexed} from './startup.js';

const state = {
  questions: [],
  current: null,          // {id, text, answer, section}
  drafts: new Map(),      // what the user typed per question, so switching questions loses nothing
  practised: new Map(),   // question key → summary from the history
  engine: {llm: false, note: 'offline'},
  company: null,          // the company's name from the knowledge folder (GET /api/config), null when it names none
  running: null,          // the AbortController of the run in progress
  spoken: null,           // {key, spokenId, durationMs} when the current draft came from a recording
  targetSeconds: null,    // the current question type's {minSeconds, maxSeconds}, for the recorder's length verdict
};

const draft = byId('draft');
const length = new LengthReadout();
const timer = new Timer(byId('timer-display'), byId('timer-toggle'));

function keyOf(q) {
  return q.id ? `q:${q.id}` : `free:${q.text.trim().toLowerCase().replace(/\s+/g, ' ')}`;
}

function setStatus(text, kind = '') {
  const status = byId('status');
  status.textContent = text;
  status.dataset.kind = kind;
}

// ---- the company the knowledge folder is about ------------------------------------------------------------

/** "Acme's", "Lyons'"; "the company's" when the knowledge folder names no company. */
function companyPossessive() {
  const name = state.company;
  if (!name) return 'the company\'s';
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}

function tieLabel() {
  return `Tie to ${companyPossessive()} outcomes`;
}

/** Puts the company's name on the buttons, headings and placeholders that speak of it. */
function applyCompany(name) {
  state.company = name || null;
  byId('run-tie').textContent = tieLabel();
  byId('tie-title').textContent = tieLabel();
  byId('free-question').placeholder = `e.g. Why do you want to work at ${state.company || 'this company'}?`;
  byId('ask-question').placeholder = `How does this tie to ${companyPossessive()} outcomes?`;
}

// ---- the coach in use ------------------------------------------------------------------------------------

/** How often the pill asks again while the spelling check loads (it can take up to a minute on a busy machine). */
const CONFIG_POLL_MS = 2000;

async function loadEngine() {
  const engine = byId('engine');
  try {
    const config = await getJson('/api/config');
    applyCompany(config.company?.name);
    const provider = config.provider || 'none';
    if (provider === 'none' || config.offline) {
      state.engine = {llm: false, note: 'offline'};
      engine.textContent = 'Offline coach · no language model configured';
    } else {
      state.engine = {llm: true, note: `${provider} ${config.model || ''}`.trim()};
      const names = {openai: 'OpenAI-compatible', anthropic: 'Anthropic'};
      engine.textContent = `Language model: ${names[provider] || humanise(provider)} · ${config.model || 'default model'}`
        + (config.keySet === false && provider === 'anthropic' ? ' · no key set' : '');
      if (config.baseUrl) engine.title = `Your notes go to ${config.baseUrl} when the model is asked`;
    }
    const language = config.language;
    if (language && language.ready === false) {
      engine.textContent += language.loading ? ' · spelling check loading…' : ' · spelling check off';
    }
    engine.dataset.mode = state.engine.llm ? 'llm' : 'offline';
    // the live-streamed text only ever comes from a model: offline, its empty box would only mislead
    byId('stream').hidden = !state.engine.llm;
    if (language?.loading) setTimeout(loadEngine, CONFIG_POLL_MS);
  } catch (e) {
    state.engine = {llm: false, note: 'offline'};
    engine.dataset.mode = 'offline';
    engine.textContent = e instanceof ApiError && e.status === 401 ? 'Locked: this server needs its access token' : 'Offline coach';
    if (e instanceof ApiError && e.status === 401) setStatus(e.message, 'error');
  }
}

// ---- the question bank -------------------------------------------------------------------------------------

async function loadQuestions() {
  const list = byId('bank-list');
  try {
    const [bank, practised] = await Promise.all([getJson('/api/questions'), getJson('/api/practice/questions').catch(() => null)]);
    state.questions = bank.questions;
    state.practised = new Map((practised?.questions || []).map(q => [q.questionKey, q]));
  } catch (e) {
    show(list, muted(`The questions could not be loaded: ${e.message}`));
    return;
  }
  renderBank();
}

function renderBank() {
  const list = byId('bank-list');
  const sections = new Map();
  for (const q of state.questions) {
    const name = q.section || 'Questions';
    if (!sections.has(name)) sections.set(name, []);
    sections.get(name).push(q);
  }
  const groups = [];
  for (const [name, questions] of sections) {
    groups.push(el('section', {class: 'bank-section'},
      el('h3', {}, name),
      el('ul', {}, questions.map(q => {
        const practised = state.practised.get(`q:${q.id}`);
        const button = el('button', {type: 'button', class: 'bank-item', 'data-question-id': q.id,
          'aria-current': state.current?.id === q.id ? 'true' : null},
          el('span', {class: 'bank-question'}, q.question),
          el('span', {class: 'bank-meta'}, `${q.answerWords} words in your notes`
            + (practised ? ` · ${practised.attempts} attempt${practised.attempts === 1 ? '' : 's'}` : '')));
        button.addEventListener('click', () => choose({id: q.id, text: q.question, answer: q.answer, section: q.section,
          source: q.source, lines: q.lines}));
        return el('li', {}, button);
      }))));
  }
  show(list, ...(groups.length ? groups : [muted('Your notes hold no questions yet.')]));
}

function choose(question) {
  if (state.current) state.drafts.set(keyOf(state.current), draft.value);
  state.current = question;
  const remembered = state.drafts.get(keyOf(question));
  draft.value = remembered ?? question.answer ?? '';
  byId('question-title').textContent = question.text;
  byId('question-meta').textContent = question.id
    ? `${question.section || 'Your notes'} · your current answer from ${question.source}${question.lines ? ` lines ${question.lines.start}–${question.lines.end}` : ''}`
    : 'Your own question';
  length.setTarget(null);
  length.update(draft.value);
  state.targetSeconds = null;
  forgetRecording();
  loadQuestionType(question);
  for (const b of document.querySelectorAll('.bank-item')) {
    if (b.dataset.questionId === question.id) b.setAttribute('aria-current', 'true');
    else b.removeAttribute('aria-current');
  }
  clearResults();
  refreshHistory();
  draft.focus();
}

/** The question type's length target from the start, not only after the first critique. */
async function loadQuestionType(question) {
  try {
    const type = await getJson(`/api/question-type?q=${encodeURIComponent(question.text)}`);
    if (state.current !== question || !type?.target) return;
    length.setTarget(type.target, `${humanise(type.type)} question`);
    length.update(draft.value);
    state.targetSeconds = {minSeconds: type.target.minSeconds, maxSeconds: type.target.maxSeconds};
  } catch {
    // the general target stays; the critique will still report the type's own
  }
}

// ---- results ------------------------------------------------------------------------------------------------

function clearResults() {
  show(byId('scores'), muted('Run a critique to see the rubric scores and why.'));
  show(byId('marked'), muted('Findings appear here, highlighted in your draft.'));
  show(byId('legend'));
  show(byId('findings'));
  show(byId('stream'));
  show(byId('llm'));
  show(byId('followups'), muted('Follow-up questions, each with where in your notes to prepare from.'));
  show(byId('tie'), muted('Bridging sentences built from the company research, each with its source.'));
}

function placeholder(id, text) {
  show(byId(id), el('p', {class: 'muted pending'}, text));
}

function renderOfflineCritique(report, draftText, llm = null) {
  renderScores(byId('scores'), report);
  const fromModel = llm ? [...modelIssuesIn(draftText, llm), ...unsupportedIn(draftText, llm.flags)] : [];
  const marks = renderMarkedDraft(byId('marked'), draftText, report, fromModel);
  renderLegend(byId('legend'), report, marks);
  renderFindingsList(byId('findings'), findingsOf(report), report.structure?.gaps || []);
  if (report.followUps) renderFollowUps(byId('followups'), report.followUps);
  if (report.companyTie) renderTie(byId('tie'), report.companyTie);
  if (report.question?.target) {
    length.setTarget(report.question.target, `${humanise(report.question.type)} question`);
    length.update(draft.value);
  }
  const note = renderLanguageNote(report);
  if (note) byId('marked').append(el('p', {class: 'muted small'}, note));
}

// ---- running an action -------------------------------------------------------------------------------------

function request() {
  if (!state.current) {
    setStatus('Pick a question first, or type your own.', 'error');
    return null;
  }
  if (!draft.value.trim()) {
    setStatus('Write or paste your answer first.', 'error');
    draft.focus();
    return null;
  }
  const body = {question: state.current.text, draft: draft.value};
  if (state.current.id) body.questionId = state.current.id;
  // the server judges the delivery from what it measured of the recording; the page sends only its name
  if (state.spoken && state.spoken.key === keyOf(state.current)) body.spokenId = state.spoken.spokenId;
  return body;
}

function begin(label) {
  state.running = new AbortController();
  for (const b of document.querySelectorAll('.actions button:not(#stop)')) b.disabled = true;
  byId('stop').disabled = false;
  byId('results').setAttribute('aria-busy', 'true');
  setStatus(label, 'busy');
  return state.running.signal;
}

function end() {
  state.running = null;
  for (const b of document.querySelectorAll('.actions button:not(#stop)')) b.disabled = false;
  byId('stop').disabled = true;
  byId('results').setAttribute('aria-busy', 'false');
  byId('stream').setAttribute('aria-busy', 'false');
}

function failed(e, what) {
  // the server no longer holds the recording's figures (it restarted): the next run judges the draft as typed
  if (e instanceof ApiError && e.code === 'spoken_unknown') {
    state.spoken = null;
    byId('voice-source').hidden = true;
  }
  if (e.name === 'AbortError') {
    setStatus(`Stopped. ${what} was cancelled.`, '');
  } else {
    setStatus(`${what} failed: ${e.message}`, 'error');
  }
}

/**
 * The server stores each Critique, Follow-ups and Tie run itself when asked with save: true, and answers with the
 * attempt's id: the page never sends back a report or a score. Ask runs are not saved (they are questions put to
 * the notes, not answers practised).
 */
function saving(body) {
  return {...body, save: true};
}

/**
 * A run the server is asked to save. When the history cannot take it (locked by another program, a read-only
 * folder), the server refuses the whole request so that nothing is silently dropped; the candidate still wants the
 * critique they waited for, so the page asks again without saving and says why it is not in the history.
 */
async function postSaving(path, body, signal) {
  try {
    return await postJson(path, saving(body), {signal});
  } catch (e) {
    if (!(e instanceof ApiError) || !String(e.code || '').startsWith('history_')) throw e;
    const report = await postJson(path, body, {signal});
    return {...report, notSaved: e.message};
  }
}

/** After a run: the history again, which holds the run when the server saved it (its answer then has attemptId). */
function afterSave(response) {
  if (response?.notSaved) {
    setStatus(`Not saved to your history: ${response.notSaved}`, 'error');
  } else if (response?.attemptId == null) {
    setStatus(`${byId('status').textContent} This run is not in your history.`, 'error');
  }
  refreshHistory();
}

function appendToken(text) {
  const stream = byId('stream');
  stream.append(document.createTextNode(text));
  stream.scrollTop = stream.scrollHeight;
}

async function critique() {
  const body = request();
  if (!body || state.running) return;
  const draftText = body.draft;
  const signal = begin('Critiquing your answer…');
  placeholder('scores', 'Scoring…');
  placeholder('marked', 'Marking your draft…');
  show(byId('stream'));
  show(byId('llm'));
  let offline = null;
  let llm = null;
  let failure = null;
  let saved = null;
  try {
    if (state.engine.llm) {
      byId('stream').setAttribute('aria-busy', 'true');
      await postStream('/api/critique/stream', saving(body), {signal, onEvent: (name, data) => {
        if (data && data.attemptId != null) saved = data;
        if (name === 'offline') {
          offline = data;
          renderOfflineCritique(offline, draftText);
          setStatus('The offline critique is in; the model is writing…', 'busy');
        } else if (name === 'token') {
          appendToken(data.text || '');
        } else if (name === 'result') {
          llm = data;
          renderLlmCritique(byId('llm'), llm);
          if (offline) renderOfflineCritique(offline, draftText, llm);
        } else if (name === 'fallback') {
          failure = data;
          renderFallback(byId('llm'), failure);
        } else if (name === 'json') {
          offline = data.offline || data;
          llm = data.llm || null;
          failure = data.failure || data.llmNote || null;
          renderOfflineCritique(offline, draftText, llm);
          if (llm) renderLlmCritique(byId('llm'), llm);
          if (failure) renderFallback(byId('llm'), failure);
        }
      }});
    } else {
      offline = await postSaving('/api/critique', body, signal);
      saved = offline;
      renderOfflineCritique(offline, draftText);
      show(byId('llm'), muted('No language model is configured: this is the offline coach\'s critique.'));
    }
    setStatus(offline?.scores ? `Critique done: ${offline.scores.overall} / 5 (${offline.scores.verdict}).` : 'Critique done.');
  } catch (e) {
    failed(e, 'The critique');
  } finally {
    end();
  }
  if (offline) afterSave(saved);
}

async function followUps() {
  const body = request();
  if (!body || state.running) return;
  const signal = begin('Finding the follow-ups an interviewer is likely to ask…');
  placeholder('followups', 'Thinking of follow-ups…');
  let report = null;
  try {
    report = await postSaving('/api/followups', body, signal);
    renderFollowUps(byId('followups'), report.followUps);
    appendLlmFollowUps(byId('followups'), report.llm, report.llmNote);
    setStatus(`${report.followUps?.length || 0} likely follow-ups.`);
  } catch (e) {
    failed(e, 'Follow-ups');
  } finally {
    end();
  }
  if (report) afterSave(report);
}

async function tie() {
  const body = request();
  if (!body || state.running) return;
  const signal = begin(`Tying your answer to ${companyPossessive()} outcomes…`);
  placeholder('tie', 'Reading the company research…');
  let report = null;
  try {
    report = await postSaving('/api/tie', body, signal);
    renderTie(byId('tie'), report.companyTie || report);
    appendLlmTie(byId('tie'), report.llm, report.llmNote);
    setStatus('Company tie done.');
  } catch (e) {
    failed(e, 'The company tie');
  } finally {
    end();
  }
  if (report) afterSave(report);
}

function showAsk() {
  const row = byId('ask-row');
  row.hidden = false;
  const input = byId('ask-question');
  if (!input.value) input.value = `How does this tie to ${companyPossessive()} outcomes?`;
  input.focus();
  input.select();
}

async function ask() {
  const question = byId('ask-question').value.trim();
  if (!question) {
    setStatus('Type a question to ask.', 'error');
    return;
  }
  if (state.running) return;
  const signal = begin('Asking…');
  show(byId('stream'));
  show(byId('llm'));
  byId('stream').setAttribute('aria-busy', 'true');
  let answer = null;
  let failure = null;
  try {
    await postStream('/api/ask', {question}, {signal, onEvent: (name, data) => {
      if (name === 'token') appendToken(data.text || '');
      else if (name === 'result') {
        answer = data;
        renderAskAnswer(byId('llm'), answer);
      } else if (name === 'fallback') {
        failure = data;
        renderFallback(byId('llm'), failure);
      } else if (name === 'json') {
        answer = data.result || null;
        failure = data.fallback || null;
        if (answer) renderAskAnswer(byId('llm'), answer);
        if (failure) renderFallback(byId('llm'), failure);
      }
    }});
    setStatus(answer ? 'Answered.' : 'No model answered; the passages that match are shown.');
  } catch (e) {
    failed(e, 'The question');
  } finally {
    end();
  }
}

function stop() {
  if (state.running) state.running.abort();
}

// ---- history ------------------------------------------------------------------------------------------------

/** Shows a saved attempt's report as it was when it ran. */
function showSaved(attempt) {
  const report = attempt.report || {};
  if (attempt.mode === 'critique' && report.scores) {
    renderOfflineCritique(report, attempt.draft, report.llm);
    if (report.llm) renderLlmCritique(byId('llm'), report.llm);
    else if (report.llmNote) renderFallback(byId('llm'), report.llmNote);
    else show(byId('llm'), muted('This critique was made by the offline coach.'));
  } else if (attempt.mode === 'followups') {
    renderFollowUps(byId('followups'), report.followUps);
    appendLlmFollowUps(byId('followups'), report.llm, report.llmNote);
  } else if (attempt.mode === 'tie') {
    renderTie(byId('tie'), report.companyTie || report);
    appendLlmTie(byId('tie'), report.llm, report.llmNote);
  } else if (attempt.mode === 'ask') {
    show(byId('stream'));
    if (report.answer) renderAskAnswer(byId('llm'), report.answer);
    else if (report.fallback) renderFallback(byId('llm'), report.fallback);
  }
}

function refreshHistory() {
  if (!state.current) return;
  loadHistory(state.current, {
    onOpen: attempt => {
      if (attempt.mode !== 'ask') {
        draft.value = attempt.draft;
        length.update(draft.value);
      }
      showSaved(attempt);
      setStatus(`Attempt ${attempt.id} from ${new Date(attempt.createdAt).toLocaleString()} is in the editor.`);
      draft.focus();
    },
    onChange: () => refreshHistory(),
  });
  getJson('/api/practice/questions').then(p => {
    state.practised = new Map((p.questions || []).map(q => [q.questionKey, q]));
    renderBank();
  }).catch(() => {});
}

// ---- voice ----------------------------------------------------------------------------------------------------

/** The transcript becomes the draft, still editable; the critique uses the recording's figures until forgotten. */
function useTranscript(result) {
  if (!state.current) {
    setStatus('Pick a question first: the transcript is kept in the recorder until then.', 'error');
    return;
  }
  draft.value = result.text;
  length.update(draft.value);
  state.spoken = {key: keyOf(state.current), spokenId: result.spokenId, durationMs: result.durationMs};
  const source = byId('voice-source');
  source.textContent = 'Your draft is the transcript of your recording. Edit it as you like: the critique judges the'
    + ' delivery from the recording itself, and the history keeps both the transcript and your edit.';
  source.hidden = false;
  setStatus('The transcript is in your draft. Press Critique to hear how it sounded.');
  draft.focus();
}

function forgetRecording() {
  state.spoken = null;
  byId('voice-source').hidden = true;
  if (recorder) recorder.reset();
}

const recorder = new Recorder(byId('voice-recorder'), {onTranscript: useTranscript, target: () => state.targetSeconds,
  label: 'Record your answer'});

// ---- wiring -------------------------------------------------------------------------------------------------

draft.addEventListener('input', () => length.update(draft.value));
byId('free-form').addEventListener('submit', event => {
  event.preventDefault();
  const text = byId('free-question').value.trim();
  if (!text) {
    setStatus('Type the question first.', 'error');
    return;
  }
  choose({id: null, text, answer: ''});
});
byId('run-critique').addEventListener('click', critique);
byId('run-followups').addEventListener('click', followUps);
byId('run-tie').addEventListener('click', tie);
byId('run-ask').addEventListener('click', showAsk);
byId('ask-send').addEventListener('click', ask);
byId('ask-question').addEventListener('keydown', event => {
  if (event.key === 'Enter') {
    event.preventDefault();
    ask();
  }
});
byId('stop').addEventListener('click', stop);
byId('timer-toggle').addEventListener('click', () => timer.toggleRunning());
byId('timer-reset').addEventListener('click', () => timer.reset());
document.addEventListener('keydown', event => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    critique();
  } else if (event.key === 'Escape' && state.running) {
    stop();
  }
});
byId('export').addEventListener('click', event => {
  // a failed export (history unavailable) would download an error as a file: say why instead
  event.preventDefault();
  exportPack();
});

async function exportPack() {
  try {
    const response = await fetch('/api/prep-pack', {credentials: 'same-origin'});
    if (!response.ok) {
      const body = await response.json().catch(() => ({}));
      setStatus(`The prep pack could not be exported: ${body.message || response.status}`, 'error');
      return;
    }
    const name = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') || '')?.[1] || 'rehearse-prep-pack.md';
    const url = URL.createObjectURL(await response.blob());
    const link = el('a', {href: url, download: name, class: 'sr-only'});
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setStatus(`Prep pack exported as ${name}.`);
  } catch (e) {
    setStatus(`The prep pack could not be exported: ${e.message}`, 'error');
  }
}

length.update('');
// on a first start the server is still indexing the notes: nothing below can be answered until it is done
await waitUntilIndexed();
loadEngine();
loadQuestions();
