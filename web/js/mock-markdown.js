// A mock interview as Markdown, made in the page from the stored session (GET /api/mock/{id}): the conversation
// as it happened, then the debrief. Candidate and model text go in as quoted text, so a pasted heading or list in
// an answer cannot reshape the file.

import {clock, el} from './dom.js';
import {formatScore} from './report.js';
import {transcriptOf} from './mock-wire.js';

export function sessionMarkdown(session) {
  const lines = [`# Mock interview${session.startedAt ? `, ${day(session.startedAt)}` : ''}`, ''];
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
  if (debrief.overall != null) lines.push(`**Overall:** ${formatScore(debrief.overall)} / 5`, '');
  const answers = debrief.answers || [];
  if (answers.length) {
    lines.push('### Your answers', '', '| Question | Score | Time | What the critique says |', '|---|---|---|---|');
    for (const a of answers) {
      const score = a.skipped ? 'skipped' : a.score == null ? '–' : `${formatScore(a.score)} / 5`;
      const seconds = a.seconds ?? a.durationSeconds;
      const time = seconds == null ? '–' : clock(seconds)
        + (a.target ? ` (target ${clock(a.target.minSeconds)}–${clock(a.target.maxSeconds)})` : '');
      lines.push(`| ${cell(a.question || a.text)} | ${score} | ${time} | ${cell(a.summary)} |`);
    }
    lines.push('');
  }
  const followUps = debrief.followUps || [];
  if (followUps.length) {
    lines.push('### How the follow-ups went', '', ...followUps.map(f => `- ${f.outcome}: ${oneLine(f.question || f.text)}`), '');
  }
  if (debrief.strongest) lines.push(`**Strongest:** ${oneLine(debrief.strongest.question || debrief.strongest.text)}`, '');
  if (debrief.weakest) lines.push(`**Weakest:** ${oneLine(debrief.weakest.question || debrief.weakest.text)}`, '');
  const prepare = debrief.prepareNext || debrief.prepare || [];
  if (prepare.length) {
    lines.push('### Prepare next', '', ...prepare.map((p, i) => `${i + 1}. ${oneLine(p.text || p.point)}`
      + (p.passage ? ` (${p.passage.source}:${p.passage.startLine}-${p.passage.endLine})` : '')), '');
  }
  const trend = typeof debrief.trend === 'string' ? debrief.trend : debrief.trend?.summary || debrief.trend?.text;
  if (trend) lines.push('### Against your earlier interviews', '', oneLine(trend), '');
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
  const date = session.startedAt ? day(session.startedAt) : new Date().toISOString().slice(0, 10);
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
