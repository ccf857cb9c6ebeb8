package dev.rehearse.mock;

import java.util.List;

/** The transcript and debrief as Markdown: what the CLI prints and what docs/mock.md records. */
public final class DebriefText {

    private DebriefText() {
    }

    /** The transcript, one turn a paragraph. */
    public static String transcript(List<TranscriptEntry> transcript) {
        StringBuilder out = new StringBuilder();
        for (TranscriptEntry e : transcript) {
            if (TranscriptEntry.INTERVIEWER.equals(e.role())) {
                out.append("**Interviewer** (").append(e.kind()).append("): ").append(e.text()).append('\n');
                if (e.why() != null) {
                    out.append("  _why: ").append(e.why()).append("_\n");
                }
                if (e.note() != null) {
                    out.append("  _note: ").append(e.note()).append("_\n");
                }
            } else {
                out.append("**Candidate** (").append(e.durationSeconds()).append(" s): ")
                        .append(TranscriptEntry.SKIP.equals(e.kind()) ? "_skipped_" : e.text()).append('\n');
            }
            out.append('\n');
        }
        return out.toString();
    }

    public static String debrief(Debrief d) {
        StringBuilder out = new StringBuilder("## Debrief\n\n");
        out.append(d.averageScore() == null ? "No answer was scored." : "Average score: " + d.averageScore() + "/5.")
                .append(d.endedEarly() ? " Ended early." : "").append("\n\n");
        out.append("| # | Question | Score | Time | Summary |\n|---|---|---|---|---|\n");
        for (AnswerNote a : d.answers()) {
            out.append("| ").append(a.questionIndex()).append(" | ").append(cell(a.question())).append(" | ")
                    .append(a.score() == null ? "–" : a.score()).append(" | ").append(a.seconds()).append(" s (")
                    .append(a.timing()).append(", target ").append(a.targetMinSeconds()).append("–").append(a.targetMaxSeconds())
                    .append(" s) | ").append(cell(a.summary())).append(" |\n");
        }
        Debrief.FollowUpTally t = d.followUpTally();
        out.append("\nFollow-ups: ").append(t.asked()).append(" asked, ").append(t.answered()).append(" answered, ")
                .append(t.dodged()).append(" dodged, ").append(t.dontKnow()).append(" \"I don't know\", ")
                .append(t.skipped()).append(" skipped.\n");
        for (AnswerNote f : d.followUps()) {
            out.append("- ").append(f.question()).append(" → ").append(f.reading().wireName()).append('\n');
        }
        if (d.strongest() != null) {
            out.append("\nStrongest: #").append(d.strongest().questionIndex()).append(" (").append(d.strongest().score())
                    .append("). Weakest: #").append(d.weakest().questionIndex()).append(" (").append(d.weakest().score()).append(").\n");
        }
        out.append("\n### Prepare next\n\n");
        for (PrepPoint p : d.prepareNext()) {
            out.append("1. ").append(p.what()).append(" (").append(p.passage().citation()).append(")\n");
        }
        Debrief.Trend trend = d.trend();
        out.append("\nTrend: ").append(trend.direction());
        if (trend.previousAverage() != null) {
            out.append(" against ").append(trend.previousSessions()).append(" earlier session(s) averaging ")
                    .append(trend.previousAverage());
        }
        out.append(".\n");
        if (!d.guard().isEmpty()) {
            out.append("\nInvention guard: ").append(String.join("; ", d.guard())).append('\n');
        }
        return out.toString();
    }

    private static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
    }
}
