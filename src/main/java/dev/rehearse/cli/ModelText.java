package dev.rehearse.cli;

import dev.rehearse.llm.reply.Citation;
import dev.rehearse.llm.reply.CritiqueIssue;
import dev.rehearse.llm.reply.InventionFlag;
import dev.rehearse.llm.reply.LlmCritique;
import dev.rehearse.llm.reply.LlmFailure;
import dev.rehearse.llm.reply.LlmReply;
import dev.rehearse.llm.reply.RubricScore;

/** The model's part of a critique as plain text for a terminal, after the offline report. */
final class ModelText {

    private ModelText() {
    }

    /** Nothing when no model is configured; the model's critique; or the note saying why there is none. */
    static String render(LlmReply<LlmCritique> reply, LlmFailure note) {
        if (reply == null) {
            return note == null ? "" : "\nLanguage model: " + note.note() + "\n";
        }
        LlmCritique c = reply.result();
        StringBuilder out = new StringBuilder("\nLanguage model:\n").append(c.summary()).append('\n');
        score(out, "Substance", c.substance());
        score(out, "Structure", c.structure());
        score(out, "Relevance", c.relevance());
        score(out, "Credibility", c.credibility());
        score(out, "Delivery", c.delivery());
        if (!c.strengths().isEmpty()) {
            out.append("Strengths:\n");
            c.strengths().forEach(s -> out.append("  - ").append(s).append('\n'));
        }
        if (!c.issues().isEmpty()) {
            out.append("Issues:\n");
            for (CritiqueIssue i : c.issues()) {
                out.append("  - \"").append(i.quote()).append("\": ").append(i.problem()).append(" Fix: ").append(i.fix()).append('\n');
            }
        }
        out.append("Revised answer:\n").append(c.revisedAnswer()).append('\n');
        if (!reply.flags().isEmpty()) {
            out.append("Check these, not found in your draft or notes:\n");
            for (InventionFlag f : reply.flags()) {
                out.append("  - ").append(f.text()).append(": ").append(f.message()).append('\n');
            }
        }
        if (!reply.citations().isEmpty()) {
            out.append("Sources:\n");
            for (Citation cite : reply.citations()) {
                out.append("  [").append(cite.n()).append("] ").append(cite.location()).append('\n');
            }
        }
        return out.toString();
    }

    private static void score(StringBuilder out, String name, RubricScore s) {
        if (s != null) {
            out.append(String.format("  %-12s %d/5  %s%n", name, s.score(), s.reason()));
        }
    }
}
