// Reading the server's mock-interview JSON in one place, so the view, the debrief and the export agree on what
// a stored session's turns and status mean.

/** The statuses of a session the candidate can still answer in. */
const OPEN = new Set(['open', 'active', 'in-progress', 'in_progress', 'running', 'started']);

export function isOpen(session) {
  return OPEN.has(String(session?.status || '').toLowerCase());
}

/** GET /api/mock answers the sessions newest first, as a list or wrapped in {sessions}. */
export function sessionsOf(body) {
  return Array.isArray(body) ? body : body?.sessions || [];
}

/**
 * A stored session's transcript as turns {role: 'interviewer'|'candidate', kind, text, why, note, seconds, skipped,
 * questionIndex, answered}. The interviewer's kinds are question, follow-up and end; the candidate's are answer and
 * skip. An interviewer turn is answered when a candidate turn follows it.
 */
export function transcriptOf(session) {
  const turns = (session?.transcript || []).map(t => {
    const role = t.role === 'candidate' || t.role === 'answer' ? 'candidate' : 'interviewer';
    return {
      role,
      kind: t.kind || (role === 'interviewer' ? 'question' : 'answer'),
      text: t.text || '',
      why: t.why || null,
      questionId: t.questionId || null,
      seconds: durationSeconds(t),
      skipped: t.kind === 'skip' || Boolean(t.skipped),
      note: t.note || null,
      questionIndex: t.questionIndex || 0,
      askedAt: t.askedAt || null,
      answered: false,
    };
  });
  for (let i = 0; i < turns.length - 1; i++) {
    if (turns[i].role === 'interviewer' && turns[i + 1].role === 'candidate') turns[i].answered = true;
  }
  return turns;
}

export function interviewerTurns(turns) {
  return turns.filter(t => t.role === 'interviewer');
}

function durationSeconds(turn) {
  if (typeof turn.durationSeconds === 'number') return turn.durationSeconds;
  if (typeof turn.durationMs === 'number') return turn.durationMs / 1000;
  if (typeof turn.seconds === 'number') return turn.seconds;
  return 0;
}
