// The plan view, the start of the page: what to practise today, which likely questions have no story yet, the story
// bank with the lines each story comes from, and the stories.md snippet to correct it. The practice view is one click
// away; a due question opens there, chosen as if picked from the bank.

import {byId, el, humanise, muted, show} from './dom.js';
import {getJson} from './api.js';
import {citationButton, location as where} from './sources.js';
import {waitUntilIndexed} from './startup.js';

const view = byId('plan-view');
const PARTS = ['situation', 'task', 'action', 'result', 'reflection'];
const KIND_LABEL = {gap: 'No story yet', review: 'Review due', new: 'Not practised yet'};

// ---- which view: the plan at the start and at #plan; the mock interview at #mock (mock.js shows it); else practice

function wantedView() {
  const hash = location.hash;
  if (hash === '' || hash === '#' || hash === '#plan') return 'plan';
  return hash === '#mock' ? 'mock' : 'practice';
}

let shown = null;

function syncView() {
  const wanted = wantedView();
  // mock.js shows and hides the practice layout for #mock; this runs after it and settles plan against practice
  view.hidden = wanted !== 'plan';
  const practice = document.querySelector('.layout');
  if (practice && wanted !== 'mock') practice.hidden = wanted !== 'practice';
  for (const [id, name] of [['plan-nav', 'plan'], ['practice-nav', 'practice']]) {
    if (wanted === name) byId(id).setAttribute('aria-current', 'page');
    else byId(id).removeAttribute('aria-current');
  }
  // the skip link leads to what the shown view is for: today's plan, the interview, or the answer being written
  const skip = document.querySelector('.skip-link');
  if (skip) {
    const [href, label] = {plan: ['#plan-title', 'Skip to today\'s plan'], mock: ['#mock-title', 'Skip to the interview'],
      practice: ['#draft', 'Skip to your answer']}[wanted];
    skip.setAttribute('href', href);
    skip.textContent = label;
  }
  const first = shown === null;
  if (wanted === 'plan' && shown !== 'plan') {
    if (!first) byId('plan-title').focus();
    if (!first) load();
  }
  shown = wanted;
}

// ---- loading --------------------------------------------------------------------------------------------------

let loading = null;

async function load() {
  if (loading) return loading;
  loading = (async () => {
    try {
      const [plan, coverage, stories] = await Promise.all(
        [getJson('/api/plan'), getJson('/api/coverage'), getJson('/api/stories')]);
      renderSummary(plan);
      renderDue(plan);
      renderCoverage(coverage);
      renderStories(stories);
      renderSnippet(stories);
    } catch (e) {
      byId('plan-summary').textContent = `The plan could not be loaded: ${e.message}`;
    } finally {
      loading = null;
    }
  })();
  return loading;
}

// ---- due today ------------------------------------------------------------------------------------------------

function renderSummary(plan) {
  const count = plan.items.length;
  const parts = [count ? `${count} question${count === 1 ? '' : 's'} to practise, about ${plan.minutes} minutes`
    : 'Nothing is due today'];
  if (plan.interviewDate) parts.push(`interview on ${longDate(plan.interviewDate)}`);
  byId('plan-summary').textContent = `${longDate(plan.today)}: ${parts.join(' · ')}.`;
}

function renderDue(plan) {
  if (!plan.items.length) {
    show(byId('plan-due'), muted('Every likely question has a story and none is due for review. Practise anything you like.'));
    return;
  }
  const first = plan.items.filter(i => i.kind !== 'new');
  const fresh = plan.items.filter(i => i.kind === 'new');
  const minutes = fresh.reduce((sum, i) => sum + i.minutes, 0);
  show(byId('plan-due'),
    first.length ? el('ol', {class: 'plan-due-list'}, first.map(dueItem)) : null,
    // the questions never practised are many on a first visit: folded, so the gaps and reviews lead
    fresh.length ? el('details', {class: 'plan-fresh', open: !first.length},
      el('summary', {}, `${fresh.length} question${fresh.length === 1 ? '' : 's'} not practised yet · about ${minutes} min`),
      el('ol', {class: 'plan-due-list'}, fresh.map(dueItem))) : null);
}

function dueItem(item) {
  const open = el('button', {type: 'button', class: 'secondary small-button plan-open',
    'aria-label': `Practise: ${item.question}`, 'data-question-id': item.questionId}, 'Practise');
  open.addEventListener('click', () => practise(item));
  return el('li', {class: `plan-due-item plan-${item.kind}`, 'data-kind': item.kind},
    el('div', {class: 'plan-due-text'},
      el('p', {class: 'plan-kind'}, `${KIND_LABEL[item.kind] || humanise(item.kind)} · ${item.minutes} min`),
      el('p', {class: 'plan-question'}, item.question),
      el('p', {class: 'muted small'}, item.reason)),
    open);
}

/**
 * Opens the question in the practice view: a question of the bank as if picked there, any other likely question
 * (the usual behavioural set, the interviewer's priorities) as the candidate's own question.
 */
function practise(item) {
  location.hash = '#practice';
  const inBank = [...document.querySelectorAll('.bank-item')].find(b => b.dataset.questionId === item.questionId);
  if (inBank) {
    inBank.click();
    return;
  }
  byId('free-question').value = item.question;
  byId('free-form').requestSubmit();
}

// ---- the coverage map -----------------------------------------------------------------------------------------

function renderCoverage(coverage) {
  const gaps = coverage.gaps.length
    ? el('ul', {class: 'plan-list'}, coverage.gaps.map(g => el('li', {},
      el('span', {class: 'plan-question'}, g.question.text),
      el('span', {class: 'muted small'}, ` · wanted: ${g.wanted}`))))
    : muted('Every likely question that needs a story has one that answers it well.');
  const overuse = coverage.overuse.length
    ? el('ul', {class: 'plan-list'}, coverage.overuse.map(o => el('li', {},
      el('strong', {}, o.storyTitle),
      ` is your best answer to ${o.questions.length} questions`,
      o.alternativeTitle ? `; ${o.alternativeTitle} could answer some of them instead` : '; no other story comes close yet')))
    : muted('No story is stretched over more than three questions.');
  const strongest = coverage.strongest.length
    ? el('ol', {class: 'plan-list'}, coverage.strongest.map(s => el('li', {},
      el('strong', {}, s.storyTitle),
      ` · best answer to ${s.questionsAnswered} question${s.questionsAnswered === 1 ? '' : 's'}`,
      ` · ${Math.round(s.meanStrength * 100)}% match on average`)))
    : muted('No story answers a likely question well yet.');
  show(byId('plan-coverage'),
    el('h4', {}, `Gaps (${coverage.gaps.length})`), gaps,
    el('h4', {}, 'Overused'), overuse,
    el('h4', {}, 'Strongest stories'), strongest);
}

// ---- the story bank -------------------------------------------------------------------------------------------

function renderStories(bank) {
  const warnings = bank.warnings.length
    ? el('div', {class: 'plan-warnings', role: 'note'},
      el('p', {}, 'stories.md has lines that could not be read; the rest of it is used:'),
      el('ul', {}, bank.warnings.map(w => el('li', {}, w))))
    : null;
  const stories = bank.stories.map(story => el('article', {class: 'plan-story', 'aria-labelledby': `story-${story.id}`},
    el('h4', {id: `story-${story.id}`}, story.title,
      story.origin === 'stories.md' ? el('span', {class: 'plan-origin'}, ' · from stories.md') : null),
    story.themes.length ? el('p', {class: 'plan-themes'}, 'Shows: ', story.themes.map((t, i) =>
      el('span', {class: 'plan-chip'}, `${humanise(t.theme)}${i < story.themes.length - 1 ? ',' : ''}`))) : null,
    story.numbers.length ? el('p', {class: 'muted small'}, `Numbers: ${story.numbers.join(', ')}`) : null,
    el('dl', {class: 'plan-star'}, PARTS.flatMap(part => {
      const lines = story.lines.filter(l => l.part === part);
      if (!lines.length) return [];
      return [el('dt', {}, humanise(part)), ...lines.map(l => el('dd', {}, l.text, ' ', cite(l)))];
    }))));
  show(byId('plan-stories'), warnings,
    ...(stories.length ? stories : [muted('No story was recognised in your notes yet. Add one in stories.md below.')]));
}

/** The line's place in the notes, opening its passage on click; plain text where no passage holds it. */
function cite(line) {
  if (line.passageId) return citationButton({passageId: line.passageId, source: line.source, startLine: line.startLine,
    endLine: line.endLine});
  return el('span', {class: 'muted small'}, where(line));
}

// ---- the stories.md snippet -----------------------------------------------------------------------------------

function renderSnippet(bank) {
  const entries = bank.stories.map(story => {
    const fromNotes = story.lines.filter(l => l.passageId);
    const source = fromNotes[0]?.source;
    const sameFile = fromNotes.filter(l => l.source === source);
    const out = [`## ${story.title}`];
    if (sameFile.length) {
      out.push(`lines: ${source}:${Math.min(...sameFile.map(l => l.startLine))}-${Math.max(...sameFile.map(l => l.endLine))}`);
    }
    if (story.themes.length) out.push(`themes: ${story.themes.map(t => t.theme).join(', ')}`);
    if (!sameFile.length) out.push(...story.lines.map(l => l.text));
    return out.join('\n');
  });
  byId('plan-snippet').textContent = entries.length ? `${entries.join('\n\n')}\n`
    : '## A title for the story\nlines: candidate/notes.txt:10-18\nthemes: ownership, reliability\n';
}

async function copySnippet() {
  const text = byId('plan-snippet').textContent;
  try {
    await navigator.clipboard.writeText(text);
    byId('plan-copy-status').textContent = 'Copied. Paste it into stories.md in your knowledge folder.';
  } catch (e) {
    // no clipboard (an address other than localhost, or permission refused): select it for Ctrl+C instead
    const range = document.createRange();
    range.selectNodeContents(byId('plan-snippet'));
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    byId('plan-copy-status').textContent = 'Selected: press Ctrl+C (⌘+C on a Mac) to copy it.';
  }
}

function longDate(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB',
    {weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'});
}

// ---- wiring ---------------------------------------------------------------------------------------------------

byId('plan-copy').addEventListener('click', copySnippet);
byId('plan-refresh').addEventListener('click', load);
window.addEventListener('hashchange', syncView);
syncView();
// on a first start the server is still indexing the notes: the plan reads them, so it waits as the practice view does;
// a page opened on another view loads the plan when the plan is shown (syncView)
waitUntilIndexed().then(() => {
  if (wantedView() === 'plan') load();
});
