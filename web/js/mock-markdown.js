// A mock interview as Markdown, made in the page from the stored session (GET /api/mock/{id}): the conversation
// as it happened, then the debrief. Candidate and model text go in as quoted text, so a pasted heading or list in
// an answer cannot reshape the file.

import {clock, el} from './dom.js';
import {formatScore} from './report.js';
import {location} from './sources.js';
import {READINGS, timeAgainstTarget, transcriptOf, trendSentence} from './mock-wire.js';

export function sessionMarkdown(session) {
  const lines = [`# Mock interview${session.createdAt ? `, ${day(session.createdAt)}` : ''}`, ''];
  const planned = session.plan?.questions?.length;
  lines.push(`${planned ? `${planned} planned question${planned === 1 ? '' : 's'}` : 'Mock interview'}`
    + `${session.plan?.followUps != null ? `, up to ${session.plan.followUps} follow-up${session.plan.followUps === 1 ? '' : 's'} each` : ''}`
    + ` · ${session.status || 'unknown status'}`, '');
  lines.push('## Transcript', '');
  for (const t of transcriptOf(session)) {
    if (t.role === 'interviewer') {
      const who = t.kind === 'follow-up' ? 'Interviewer (follow-up)' : t.kind === 'end' ? 'Interviewer (closing)'
        : `Interviewer (question ${t.questionIndex || ''})`.replace(' )', ')');
      lines.push(`**${who}:** ${oneLine(t.text)}`, '');
      if (t.why) lines.push(`*Why it was asked:* ${oneLine(t.why)}`, '');
      if (t.note) lines.push(`*Note:* ${oneLine(t.note)}`, '');
    } else if (t.skipped) {
      lines.push('**You:** *skipped*', '');
    } else {
      lines.push(`**You** (${clock(t.seconds)}):`, '', quoted(t.text), '');
    }
  }
  lines.push(...debriefMarkdown(session.debrief));
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

function debriefMarkdown(debrief) {
  if (!debrief) return ['## Debrief', '', 'This interview has no debrief yet.', ''];
  const lines = ['## Debrief', ''];
  lines.push(debrief.averageScore == null ? 'No question was answered, so there is no score.'
    : `**Average score:** ${formatScore(debrief.averageScore)} / 5${debrief.endedEarly ? ' (ended early)' : ''}`, '');
  const answers = debrief.answers || [];
  if (answers.length) {
    lines.push('### Your answers', '', '| Question | Score | Time | What the critique says |', '|---|---|---|---|');
    for (const a of answers) {
      const score = a.score == null ? READINGS[a.reading] || a.reading : `${formatScore(a.score)} / 5 (${a.verdict})`;
      lines.push(`| ${a.questionIndex}. ${cell(a.question)} | ${score} | ${timeAgainstTarget(a)} | ${cell(a.summary)} |`);
    }
    lines.push('');
  }
  const followUps = debrief.followUps || [];
  if (followUps.length) {
    lines.push('### How the follow-ups went', '',
      ...followUps.map(f => `- ${READINGS[f.reading] || f.reading}: ${oneLine(f.question)}`), '');
  }
  if (debrief.strongest) lines.push(`**Strongest:** ${oneLine(debrief.strongest.question)} (${formatScore(debrief.strongest.score)} / 5)`, '');
  if (debrief.weakest) lines.push(`**Weakest:** ${oneLine(debrief.weakest.question)} (${formatScore(debrief.weakest.score)} / 5)`, '');
  const prepare = debrief.prepareNext || [];
  if (prepare.length) {
    lines.push('### Prepare next', '', ...prepare.map((p, i) => `${i + 1}. ${oneLine(p.what)}`
      + (p.passage ? ` (${location(p.passage)})` : '') + (p.why ? ` *${oneLine(p.why)}*` : '')), '');
  }
  const trend = trendSentence(debrief.trend);
  if (trend) lines.push('### Against your earlier interviews', '', trend, '');
  return lines;
}

function quoted(text) {
  return String(text || '').split(/\r?\n/).map(line => `> ${line}`).join('\n');
}

function oneLine(text) {
  return String(text || '').replace(/\s+/g, ' ').trim();
}

function cell(text) {
  return oneLine(text).replace(/\|/g, '\\|');
}

function day(instant) {
  return new Date(instant).toISOString().slice(0, 10);
}

/** Offers the Markdown as a file download; returns the file's name. */
export function downloadMarkdown(markdown, session) {
  const date = session.createdAt ? day(session.createdAt) : new Date().toISOString().slice(0, 10);
  const name = `rehearse-mock-${date}-${String(session.id).replace(/[^A-Za-z0-9-]/g, '')}.md`;
  const url = URL.createObjectURL(new Blob([markdown], {type: 'text/markdown;charset=utf-8'}));
  const link = el('a', {href: url, download: name, class: 'sr-only'});
  document.body.append(link);
  link.click();
  link.remove();
  // the download has its own copy once it starts; a delay lets slower browsers begin it
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
