// Reading the server's mock-interview JSON in one place, so the view, the debrief and the export say the same
// thing about a session's turns, an answer's time and the trend.

import {clock} from './dom.js';
import {formatScore} from './report.js';

/** How the interviewer read an answer (the server's wire names), in the candidate's words. */
export const READINGS = {
  'answered': 'Answered',
  'one-liner': 'One line',
  'dont-know': '“I don\'t know”',
  'off-topic': 'Off the question',
  'skipped': 'Skipped',
};

/** A session the candidate can still answer in; the server says active or ended. */
export function isOpen(session) {
  return session?.status === 'active';
}

/** GET /api/mock: {count, sessions}, newest first. */
export function sessionsOf(body) {
  return body?.sessions || [];
}

/**
 * A stored session's transcript as turns {role, kind, text, why, note, seconds, skipped, spoken, questionIndex}
 * (spoken: the answer was said, and seconds is its recording's length). The
 * interviewer's kinds are question, follow-up and end; the candidate's are answer and skip.
 */
export function transcriptOf(session) {
  return (session?.transcript || []).map(t => ({
    role: t.role,
    kind: t.kind,
    text: t.text || '',
    why: t.why || null,
    note: t.note || null,
    seconds: t.durationSeconds || 0,
    skipped: t.kind === 'skip',
    spoken: t.spoken === true,
    questionIndex: t.questionIndex || 0,
  }));
}

/** "1:40 (target 1:04–2:09, long)"; "skipped" for a skip. */
export function timeAgainstTarget(answer) {
  if (answer.timing === 'skipped') return 'skipped';
  const target = answer.targetMaxSeconds ? ` (target ${clock(answer.targetMinSeconds)}–${clock(answer.targetMaxSeconds)}`
    + `${answer.timing === 'within' ? '' : `, ${answer.timing}`})` : '';
  return `${clock(answer.seconds)}${target}`;
}

/** This interview's average against the earlier ones, as a sentence; null when the server gave no trend. */
export function trendSentence(trend) {
  if (!trend) return null;
  if (trend.direction === 'first' || trend.previousAverage == null) {
    return 'Your first scored interview: the next ones are compared with it.';
  }
  const earlier = `the average of your ${trend.previousSessions} earlier interview${trend.previousSessions === 1 ? '' : 's'}`
    + ` (${formatScore(trend.previousAverage)})`;
  if (trend.direction === 'level' || trend.change == null) return `Level with ${earlier}.`;
  const by = formatScore(Math.abs(trend.change));
  return trend.direction === 'up' ? `Up ${by} on ${earlier}.` : `Down ${by} on ${earlier}.`;
}
