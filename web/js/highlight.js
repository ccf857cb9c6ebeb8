// The draft with the coach's findings marked in it. Spans are UTF-16 offsets into the draft, which is what
// JavaScript string indices are, so the draft is sliced with them directly and never re-parsed.

import {el, humanise} from './dom.js';

/** Kinds marked inline, and how the colour key names them. The rest are listed, not marked. */
export const MARKED_KINDS = {
  hedge: 'Hedge',
  filler: 'Filler',
  vague: 'Vague wording',
  spelling: 'Spelling',
  grammar: 'Grammar',
  passive: 'Passive voice',
  markup: 'Pasted markup',
  number: 'Number',
  change: 'Before → after',
  company: 'Company tie',
  'trade-off': 'Trade-off',
  constraint: 'Constraint',
  unsupported: 'Not in your notes',
  'model-issue': 'Model: to fix',
};

const FINDING_LISTS = [
  ['evidence', 'numbers'], ['evidence', 'changes'], ['evidence', 'names'], ['evidence', 'reasoning'], ['evidence', 'vague'],
  ['ownership', 'unclear'], ['ownership', 'passive'],
  ['delivery', 'hedges'], ['delivery', 'fillers'], ['delivery', 'longSentences'],
  ['relevance', 'mentions'], ['relevance', 'companyMentions'],
  ['language', 'issues'],
  ['grounding', 'numbers'],
];

/** Every finding of a report that has a span, in draft order. */
export function findingsOf(report) {
  const all = [];
  for (const [group, list] of FINDING_LISTS) {
    for (const f of report?.[group]?.[list] || []) {
      if (f?.span && Number.isInteger(f.span.start)) all.push(f);
    }
  }
  for (const f of report?.markup || []) {
    if (f?.span) all.push(f);
  }
  all.sort((a, b) => a.span.start - b.span.start || String(a.id).localeCompare(String(b.id)));
  return all;
}

/** The sentences of the draft with the structure part each shows (STAR and the other frameworks). */
export function sentencesOf(report) {
  return (report?.structure?.sentences || []).filter(s => s?.span && Number.isInteger(s.span.start));
}

/** The draft's words that the model's critique quotes as issues, marked with the problem it names. */
export function modelIssuesIn(draft, reply) {
  const marks = [];
  (reply?.result?.issues || []).forEach((issue, n) => {
    const at = issue?.quote ? draft.indexOf(issue.quote) : -1;
    if (at >= 0) {
      marks.push({id: `issue-${n + 1}`, kind: 'model-issue', span: {start: at, end: at + issue.quote.length},
        message: issue.problem || ''});
    }
  });
  return marks;
}

/** Numbers the invention guard flagged (from an LLM result), found in the draft itself when they are there. */
export function unsupportedIn(draft, flags) {
  const marks = [];
  for (const flag of flags || []) {
    if (!flag?.text) continue;
    let at = draft.indexOf(flag.text);
    while (at >= 0) {
      marks.push({id: `flag-${marks.length + 1}`, kind: 'unsupported', span: {start: at, end: at + flag.text.length}, message: flag.message});
      at = draft.indexOf(flag.text, at + flag.text.length);
    }
  }
  return marks;
}

/**
 * Renders the draft into container: each sentence tinted by its structure part (with the part's name in front,
 * so colour is never the only signal), each marked finding as a <mark> carrying its message.
 */
export function renderMarkedDraft(container, draft, report, extraMarks = []) {
  const marks = findingsOf(report).filter(f => MARKED_KINDS[f.kind]).concat(extraMarks);
  const sentences = sentencesOf(report);
  const length = draft.length;
  const clampSpan = s => ({start: Math.min(Math.max(0, s.start), length), end: Math.min(Math.max(0, s.end), length)});

  const units = [];
  let at = 0;
  for (const s of sentences) {
    const span = clampSpan(s.span);
    if (span.start < at) continue;
    if (span.start > at) units.push({start: at, end: span.start, parts: []});
    units.push({start: span.start, end: span.end, parts: s.parts || [], id: s.id});
    at = span.end;
  }
  if (at < length) units.push({start: at, end: length, parts: []});

  const body = el('div', {class: 'marked-text'});
  for (const unit of units) {
    const part = unit.parts[0];
    const holder = part ? el('span', {class: `part part-${cssName(part)}`, 'data-part': part, 'data-sentence': unit.id}) : body;
    if (part) {
      holder.append(el('span', {class: 'part-tag'}, unit.parts.map(humanise).join(' + ')));
      body.append(holder);
    }
    appendMarked(holder, draft, unit.start, unit.end, marks.map(m => ({...m, span: clampSpan(m.span)})));
  }
  container.replaceChildren(body);
  return marks;
}

/** Text of draft[start, end) with the marks that overlap it, split at every mark boundary. */
function appendMarked(holder, draft, start, end, marks) {
  const inside = marks.filter(m => m.span.start < end && m.span.end > start && m.span.end > m.span.start);
  const cuts = new Set([start, end]);
  for (const m of inside) {
    cuts.add(Math.max(start, m.span.start));
    cuts.add(Math.min(end, m.span.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    const text = draft.slice(a, b);
    const covering = inside.filter(m => m.span.start <= a && m.span.end >= b);
    if (!covering.length) {
      holder.append(document.createTextNode(text));
      continue;
    }
    const kinds = [...new Set(covering.map(m => m.kind))];
    holder.append(el('mark', {
      class: kinds.map(k => `mark-${cssName(k)}`).join(' '),
      title: covering.map(m => `${MARKED_KINDS[m.kind] || humanise(m.kind)}: ${m.message || ''}`).join('\n'),
      'data-findings': covering.map(m => m.id).join(' '),
    }, text));
  }
}

/** Marks each flagged phrase inside a piece of model text; returns a fragment of text nodes and <mark>s. */
export function markPhrases(text, flags) {
  const fragment = document.createDocumentFragment();
  const hits = [];
  for (const flag of flags || []) {
    if (!flag?.text) continue;
    let at = text.indexOf(flag.text);
    while (at >= 0) {
      hits.push({start: at, end: at + flag.text.length, flag});
      at = text.indexOf(flag.text, at + flag.text.length);
    }
  }
  hits.sort((a, b) => a.start - b.start);
  let at = 0;
  for (const hit of hits) {
    if (hit.start < at) continue;
    fragment.append(document.createTextNode(text.slice(at, hit.start)));
    fragment.append(el('mark', {class: 'mark-unsupported', title: hit.flag.message || 'not in your notes'},
      text.slice(hit.start, hit.end)));
    at = hit.end;
  }
  fragment.append(document.createTextNode(text.slice(at)));
  return fragment;
}

/** The colour key for what is on screen: the parts shown and the kinds marked. */
export function renderLegend(container, report, marks) {
  const items = [];
  const parts = [];
  for (const s of sentencesOf(report)) {
    for (const p of s.parts || []) if (!parts.includes(p)) parts.push(p);
  }
  for (const p of parts) items.push(el('li', {}, el('span', {class: `swatch part-${cssName(p)}`, 'aria-hidden': 'true'}), humanise(p)));
  const kinds = [...new Set(marks.map(m => m.kind))];
  for (const k of Object.keys(MARKED_KINDS)) {
    if (kinds.includes(k)) items.push(el('li', {}, el('mark', {class: `swatch mark-${cssName(k)}`, 'aria-hidden': 'true'}, 'ab'), MARKED_KINDS[k]));
  }
  container.replaceChildren(...items);
}

export function cssName(name) {
  return String(name).toLowerCase().replace(/[^a-z0-9-]/g, '-');
}
