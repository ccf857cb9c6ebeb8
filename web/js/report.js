// Rendering the coach's reports: scores with their reasons, findings, follow-ups, company ties and the model's
// words. All text goes in through el() as text nodes.

import {el, humanise, muted, show} from './dom.js';
import {citationButton, location, openSource} from './sources.js';
import {findingsOf, markPhrases, MARKED_KINDS} from './highlight.js';

export function renderScores(container, report) {
  const scores = report?.scores;
  if (!scores?.dimensions) {
    show(container, muted('This report has no scores.'));
    return;
  }
  const q = report.question;
  const head = el('div', {class: 'overall'},
    el('span', {class: 'overall-score', 'data-testid': 'overall'}, formatScore(scores.overall)),
    el('span', {class: 'overall-of'}, ' / 5 '),
    el('span', {class: `verdict verdict-${scores.verdict}`}, humanise(scores.verdict)),
    q?.label ? el('span', {class: 'badge'}, q.label) : null);
  const caps = (scores.caps || []).map(c => el('li', {}, c.reason));
  const label = evidenceLabels(report);
  const dims = el('ul', {class: 'dimensions'});
  for (const d of scores.dimensions) {
    dims.append(el('li', {class: 'dimension', 'data-dimension': d.dimension},
      el('div', {class: 'dimension-head'},
        el('span', {class: 'dimension-name'}, humanise(d.dimension)),
        el('meter', {min: 1, max: 5, low: 2.5, high: 3.5, optimum: 5, value: d.score,
          'aria-label': `${humanise(d.dimension)} ${d.score} out of 5`}),
        el('span', {class: 'dimension-score'}, `${d.score}/5`)),
      d.anchor ? el('p', {class: 'anchor muted small'}, d.anchor) : null,
      el('ul', {class: 'reasons'}, (d.reasons || []).map(r => reasonItem(r, label)))));
  }
  show(container, head,
    caps.length ? el('ul', {class: 'caps'}, caps) : null,
    dims,
    q?.expectations?.length ? el('details', {class: 'expectations'},
      el('summary', {}, `What a ${q.label || 'good'} answer needs`),
      el('ul', {}, q.expectations.map(x => el('li', {}, x)))) : null);
}

/** Longest quote of the draft a chip shows before cutting it short. */
const CHIP_QUOTE_CHARS = 28;

/**
 * What a candidate reads on an evidence chip instead of the report's ids ("sentence-0", "number-2",
 * "gap-result"): the sentence counted from 1, the finding's kind and words, what is missing, the passage's file.
 */
export function evidenceLabels(report) {
  const byId = new Map();
  for (const f of findingsOf(report)) {
    const words = String(f.span?.text || '').trim();
    const quote = words.length > CHIP_QUOTE_CHARS ? `${words.slice(0, CHIP_QUOTE_CHARS - 1)}…` : words;
    byId.set(f.id, `${MARKED_KINDS[f.kind] || humanise(f.kind)}${quote ? `: “${quote}”` : ''}`);
  }
  for (const g of report?.structure?.gaps || []) {
    if (g?.id) byId.set(g.id, `Missing: ${String(g.part || g.id.replace(/^gap-/, '')).replace(/-/g, ' ')}`);
  }
  const passages = [...(report?.companyTie?.research || []).map(r => r.passage),
    ...(report?.companyTie?.interviewerSaid || []).map(n => n.passage)].filter(Boolean);
  const passageIds = new Set();
  for (const p of passages) {
    byId.set(p.passageId || p.id, location(p));
    passageIds.add(p.passageId || p.id);
  }
  const label = id => {
    if (byId.has(id)) return byId.get(id);
    const sentence = /^sentence-(\d+)$/.exec(id);
    if (sentence) return `Sentence ${Number(sentence[1]) + 1}`;
    if (/^gap-/.test(id)) return `Missing: ${id.replace(/^gap-/, '').replace(/-/g, ' ')}`;
    return humanise(String(id).replace(/-\d+$/, ''));
  };
  label.isPassage = id => passageIds.has(id);
  return label;
}

function reasonItem(r, label) {
  const points = r.points > 0 ? `+${r.points}` : String(r.points);
  const li = el('li', {class: r.points > 0 ? 'plus' : r.points < 0 ? 'minus' : 'zero'},
    el('span', {class: 'points'}, points), ' ', r.reason);
  const evidence = (r.evidence || []).filter(Boolean);
  if (evidence.length) {
    li.append(' ');
    for (const id of evidence) {
      const b = el('button', {type: 'button', class: 'evidence', 'data-finding': id}, label(id));
      b.addEventListener('click', () => (label.isPassage(id) ? openSource(id) : focusFinding(id)));
      li.append(b);
    }
  }
  return li;
}

/** Scrolls the marked draft to a finding and flashes it. */
function focusFinding(id) {
  const mark = document.querySelector(`#marked [data-findings~="${CSS.escape(id)}"], #marked [data-sentence="${CSS.escape(id)}"]`);
  const item = document.getElementById(`finding-${id}`);
  const target = mark || item;
  if (!target) return;
  target.scrollIntoView({block: 'center', behavior: 'smooth'});
  target.classList.add('flash');
  setTimeout(() => target.classList.remove('flash'), 1600);
}

export function renderFindingsList(container, findings, gaps = []) {
  const items = findings.map(f => el('li', {id: `finding-${f.id}`, class: `finding kind-${f.kind}`},
    el('span', {class: 'badge'}, MARKED_KINDS[f.kind] || humanise(f.kind)), ' ',
    el('q', {}, f.span?.text ?? ''), ' ',
    f.message || '',
    f.suggestion ? el('span', {class: 'suggestion'}, ` ${f.suggestion}`) : null,
    f.suggestions?.length ? el('span', {class: 'suggestion'}, ` Try: ${f.suggestions.join(', ')}`) : null));
  for (const g of gaps) {
    items.push(el('li', {id: `finding-${g.id}`, class: 'finding kind-gap'}, el('span', {class: 'badge'}, 'Missing'), ' ', g.message));
  }
  show(container, ...(items.length ? items : [el('li', {}, 'Nothing to flag.')]));
}

export function renderLanguageNote(report) {
  const lang = report?.language;
  if (lang?.status === 'skipped') return `Spelling and grammar were not checked: ${lang.reason}`;
  return '';
}

export function renderFollowUps(container, followUps) {
  if (!followUps?.length) {
    show(container, muted('No follow-ups for this draft.'));
    return;
  }
  show(container, el('ol', {class: 'followups'}, followUps.map(f => el('li', {class: 'followup'},
    el('p', {class: 'followup-question'}, f.question),
    f.why ? el('p', {class: 'muted small'}, f.why) : null,
    f.prepareFrom ? el('p', {class: 'prepare'}, 'Prepare from ', citationButton(f.prepareFrom),
      f.prepareFrom.title ? el('span', {class: 'muted small'}, ` — ${f.prepareFrom.title}`) : null) : null))));
}

export function renderTie(container, tie) {
  if (!tie) {
    show(container, muted('No company tie in this report.'));
    return;
  }
  const bridges = (tie.bridges || []).map(b => el('li', {class: 'bridge'},
    el('p', {}, b.sentence),
    b.citation ? el('p', {class: 'small'}, 'Source: ', citationButton(b.citation)) : null));
  const said = (tie.interviewerSaid || []).map(n => el('li', {},
    el('q', {}, n.text), ' ', n.reflected ? 'Your draft reflects this.' : 'Your draft does not reflect this yet.', ' ',
    n.passage ? citationButton(n.passage) : null));
  const research = (tie.research || []).map(r => el('li', {}, citationButton(r.passage), ' ', r.snippet || ''));
  show(container,
    tie.summary ? el('p', {class: 'tie-summary'}, tie.summary) : null,
    tie.themesInDraft?.length ? el('p', {class: 'small'}, 'Themes your draft touches: ', tie.themesInDraft.join(', ')) : null,
    tie.missingThemes?.length ? el('p', {class: 'small'}, 'Themes you could add: ', tie.missingThemes.join(', ')) : null,
    bridges.length ? el('ol', {class: 'bridges'}, bridges) : muted('No bridging sentence could be built from the research.'),
    said.length ? el('details', {}, el('summary', {}, 'What the interviewer said'), el('ul', {}, said)) : null,
    research.length ? el('details', {}, el('summary', {}, 'Research passages used'), el('ul', {class: 'small'}, research)) : null);
}

/** Text with [n] markers turned into buttons that open passage n. */
export function withCitations(text, citations) {
  const fragment = document.createDocumentFragment();
  const byNumber = new Map((citations || []).map(c => [c.n, c]));
  let at = 0;
  for (const m of String(text || '').matchAll(/\[(\d{1,3})\]/g)) {
    const c = byNumber.get(Number(m[1]));
    if (!c) continue;
    fragment.append(document.createTextNode(text.slice(at, m.index)));
    fragment.append(citationButton(c, `[${c.n}] ${location(c)}`));
    at = m.index + m[0].length;
  }
  fragment.append(document.createTextNode(String(text || '').slice(at)));
  return fragment;
}

const DIMENSIONS = ['substance', 'structure', 'relevance', 'credibility', 'delivery'];

/** The model's critique after the checks: its scores, issues, a revised answer with invented facts marked. */
export function renderLlmCritique(container, reply) {
  const r = reply?.result;
  if (!r) return;
  const flagsFor = prefix => (reply.flags || []).filter(f => String(f.field || '').startsWith(prefix));
  show(container,
    el('ul', {class: 'llm-scores'}, DIMENSIONS.filter(d => r[d]).map(d => el('li', {},
      el('strong', {}, `${humanise(d)} ${r[d].score}/5`), ' ', withCitations(r[d].reason, reply.citations)))),
    r.strengths?.length ? el('div', {}, el('h4', {}, 'What works'), el('ul', {}, r.strengths.map(s => el('li', {}, s)))) : null,
    r.issues?.length ? el('div', {}, el('h4', {}, 'What to fix'), el('ol', {class: 'issues'}, r.issues.map((i, n) => el('li', {},
      el('q', {}, i.quote), ' ', i.problem, el('br'),
      el('span', {class: 'fix'}, 'Instead: ', markPhrases(i.fix || '', flagsFor(`issues[${n}]`))))))) : null,
    r.revisedAnswer ? el('div', {class: 'revised'}, el('h4', {}, 'A stronger version, from your facts'),
      el('p', {class: 'revised-text'}, markPhrases(r.revisedAnswer, flagsFor('revisedAnswer')))) : null,
    flagList(reply),
    citationList(reply.citations),
    notes(reply));
}

/** The model's follow-ups, appended under the offline ones: question, why, how to prepare with its sources. */
export function appendLlmFollowUps(container, reply, failure) {
  const section = el('div', {class: 'llm-part'}, el('h4', {}, 'From the language model'));
  const items = reply?.result?.followUps || [];
  if (items.length) {
    section.append(el('ol', {class: 'followups llm-followups'}, items.map((f, n) => el('li', {class: 'followup'},
      el('p', {class: 'followup-question'}, f.question),
      f.whyTheyAsk ? el('p', {class: 'muted small'}, f.whyTheyAsk) : null,
      f.howToPrepare ? el('p', {class: 'prepare'}, 'Prepare: ',
        markPhrases(f.howToPrepare, (reply.flags || []).filter(x => String(x.field || '').startsWith(`followUps[${n}]`)))) : null,
      sourcesOf(f.citations, reply.citations)))));
    const extra = [flagList(reply), notes(reply)].filter(Boolean);
    section.append(...extra);
  } else if (failure) {
    section.append(el('p', {class: 'note', role: 'note'}, failure.note || 'The model could not be used.'));
  } else {
    return;
  }
  container.append(section);
}

/** The model's company tie, appended under the offline one: its summary and bridging sentences with sources. */
export function appendLlmTie(container, reply, failure) {
  const section = el('div', {class: 'llm-part'}, el('h4', {}, 'From the language model'));
  const tie = reply?.result;
  if (tie) {
    if (tie.summary) section.append(el('p', {}, withCitations(tie.summary, reply.citations)));
    section.append(el('ol', {class: 'bridges llm-bridges'}, (tie.bridges || []).map((b, n) => el('li', {class: 'bridge'},
      el('p', {}, markPhrases(b.sentence || '', (reply.flags || []).filter(x => String(x.field || '').startsWith(`bridges[${n}]`)))),
      b.tiesTo ? el('p', {class: 'muted small'}, `Ties to: ${b.tiesTo}`) : null,
      sourcesOf(b.citations, reply.citations)))));
    section.append(...[flagList(reply), notes(reply)].filter(Boolean));
  } else if (failure) {
    section.append(el('p', {class: 'note', role: 'note'}, failure.note || 'The model could not be used.'));
  } else {
    return;
  }
  container.append(section);
}

/** "Sources: [1] file:lines [3] …" for the passage numbers an item cites. */
function sourcesOf(numbers, citations) {
  const byNumber = new Map((citations || []).map(c => [c.n, c]));
  const found = (numbers || []).map(n => byNumber.get(n)).filter(Boolean);
  if (!found.length) return null;
  return el('p', {class: 'small'}, 'Sources: ', found.map(c => citationButton(c, `[${c.n}] ${location(c)}`)));
}

export function renderAskAnswer(container, reply) {
  const answer = reply?.result?.answer;
  show(container,
    answer ? el('p', {class: 'answer'}, withCitations(answer, reply.citations)) : null,
    flagList(reply),
    citationList(reply.citations),
    notes(reply));
}

/** When no model answered: what failed, and the passages found, which are the offline answer. */
export function renderFallback(container, failure) {
  show(container,
    el('p', {class: 'note', role: 'note'}, failure?.note || 'The model could not be used; the offline coach answered alone.'),
    failure?.retrieved?.length ? el('div', {}, el('h4', {}, 'Passages from your files that match'),
      el('ol', {class: 'passages'}, failure.retrieved.map(c => el('li', {}, citationButton(c), c.title ? ` ${c.title}` : '')))) : null);
}

function flagList(reply) {
  if (!reply?.flags?.length) return null;
  return el('div', {class: 'flags', role: 'note'}, el('h4', {}, 'Check these before you say them'),
    el('ul', {}, reply.flags.map(f => el('li', {}, el('mark', {class: 'mark-unsupported'}, f.text), ' ', f.message))));
}

function citationList(citations) {
  if (!citations?.length) return null;
  return el('div', {class: 'citations'}, el('h4', {}, 'Sources'),
    el('ol', {}, citations.map(c => el('li', {}, citationButton(c, `[${c.n}] ${location(c)}`), c.title ? ` ${c.title}` : ''))));
}

function notes(reply) {
  const all = [...(reply?.notes || [])];
  if (reply?.droppedCitations) all.push(`${reply.droppedCitations} citation(s) to passages that were never sent were dropped.`);
  return all.length ? el('ul', {class: 'notes small'}, all.map(n => el('li', {}, n))) : null;
}

export function formatScore(n) {
  return typeof n === 'number' ? (Math.round(n * 10) / 10).toString() : '–';
}
