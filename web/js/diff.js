// The word diff between two attempts: deleted words struck through, inserted ones highlighted.

import {el, show} from './dom.js';
import {formatScore} from './report.js';

export function renderDiff(container, diff) {
  const text = el('p', {class: 'diff-text'});
  for (const s of diff.segments) {
    if (s.op === 'insert') text.append(el('ins', {}, s.text));
    else if (s.op === 'delete') text.append(el('del', {}, s.text));
    else text.append(document.createTextNode(s.text));
  }
  const summary = diff.identical
    ? 'The two drafts are the same.'
    : `${diff.insertedWords} word${diff.insertedWords === 1 ? '' : 's'} added, ${diff.deletedWords} removed.`;
  show(container,
    el('h4', {}, `From attempt ${diff.from.id} (score ${formatScore(diff.from.overallScore)}) to attempt ${diff.to.id} (score ${formatScore(diff.to.overallScore)})`),
    el('p', {class: 'small', 'data-testid': 'diff-summary'}, summary),
    text);
}
