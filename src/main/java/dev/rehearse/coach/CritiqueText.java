package dev.rehearse.coach;

import dev.rehearse.coach.report.Bridge;
import dev.rehearse.coach.report.Critique;
import dev.rehearse.coach.report.DimensionScore;
import dev.rehearse.coach.report.Finding;
import dev.rehearse.coach.report.FollowUp;
import dev.rehearse.coach.report.Gap;
import dev.rehearse.coach.report.LanguageIssue;
import dev.rehearse.coach.report.LanguageStatus;
import dev.rehearse.coach.report.MissingFact;
import dev.rehearse.coach.report.NumberCheck;
import dev.rehearse.coach.report.PartReport;
import dev.rehearse.coach.report.PhraseFinding;
import dev.rehearse.coach.report.ScoreReason;
import dev.rehearse.text.DiffSegment;
import java.util.List;
import java.util.Locale;

/** A critique as plain text for a terminal: what the CLI prints without {@code --json}. */
public final class CritiqueText {

    private static final int MAX_FINDINGS = 12;

    private CritiqueText() {
    }

    public static String render(Critique c) {
        StringBuilder out = new StringBuilder();
        var q = c.question();
        var d = c.delivery();
        line(out, "Question: " + oneLine(q.text()));
        line(out, "Type: " + q.label() + (q.basis().equals("fallback") ? " (no clear cue; assumed)" : ""));
        line(out, String.format(Locale.ROOT, "Length: %d words, about %d s spoken (target %d-%d words, %d-%d s): %s",
                d.wordCount(), d.speakingSeconds(), d.target().minWords(), d.target().maxWords(), d.target().minSeconds(),
                d.target().maxSeconds(), d.length().wireName().replace('-', ' ')));
        out.append('\n');
        line(out, String.format(Locale.ROOT, "Overall %.1f / 5 (%s)", c.scores().overall(), c.scores().verdict()));
        for (ScoreReason cap : c.scores().caps()) {
            line(out, "  " + cap.reason());
        }
        for (DimensionScore s : c.scores().dimensions()) {
            line(out, String.format(Locale.ROOT, "  %-12s %d  %s", s.dimension().wireName(), s.score(), s.anchor()));
            for (ScoreReason r : s.reasons()) {
                line(out, "      " + (r.points() > 0 ? "+" + r.points() : r.points() < 0 ? String.valueOf(r.points()) : " 0") + "  " + r.reason());
            }
        }
        out.append('\n');
        line(out, "Structure (" + c.structure().framework() + "), headline first: " + (c.structure().headlineFirst() ? "yes" : "no"));
        for (PartReport p : c.structure().parts()) {
            line(out, String.format(Locale.ROOT, "  %-11s %s", p.part(), p.present()
                    ? "sentences " + sentences(p.sentences()) + (p.note().isEmpty() ? "" : "; " + p.note()) : "missing"));
        }
        for (Gap g : c.structure().gaps()) {
            line(out, "  - " + g.message());
        }
        List<Finding> findings = c.analysis().allFindings().stream()
                .filter(f -> switch (f.kind()) {
                    case VAGUE, HEDGE, FILLER, UNCLEAR_OWNERSHIP, PASSIVE, LONG_SENTENCE, MARKUP -> true;
                    default -> false;
                }).toList();
        if (!findings.isEmpty()) {
            out.append('\n');
            line(out, "To fix (" + findings.size() + "):");
            findings.stream().limit(MAX_FINDINGS).forEach(f -> line(out, "  [" + f.kind().wireName() + "] \"" + clip(f.span().text(), 70) + "\": "
                    + f.message() + (f instanceof PhraseFinding p && !p.suggestion().isEmpty() ? " " + p.suggestion() : "")));
            if (findings.size() > MAX_FINDINGS) {
                line(out, "  … and " + (findings.size() - MAX_FINDINGS) + " more (see --json)");
            }
        }
        out.append('\n');
        if (c.language().status() == LanguageStatus.SKIPPED) {
            line(out, "Spelling and grammar: not checked (" + c.language().reason() + ")");
        } else {
            line(out, "Spelling and grammar (" + c.language().variant() + "): " + (c.language().issues().isEmpty() ? "no problems" : c.language().issues().size() + " problem(s)"));
            for (LanguageIssue i : c.language().issues()) {
                line(out, "  \"" + i.span().text() + "\"" + (i.suggestions().isEmpty() ? "" : " → " + String.join(", ", i.suggestions())) + ": " + i.message());
            }
        }
        if (!c.grounding().passages().isEmpty()) {
            out.append('\n');
            line(out, "From your notes:");
            c.grounding().passages().forEach(p -> line(out, "  " + p.passage().citation() + "  " + oneLine(p.passage().title())));
            for (MissingFact f : c.grounding().missingFacts()) {
                line(out, "  - left out: " + clip(f.text(), 90) + " (" + f.passage().citation() + ")");
            }
            var notes = c.grounding().notesAnswer();
            if (notes != null) {
                line(out, "  Your notes answer this question (" + notes.passage().citation() + "): " + notes.wordsAdded() + " words added, "
                        + notes.wordsRemoved() + " removed");
                for (DiffSegment s : notes.diff()) {
                    if (s.op() != DiffSegment.Op.EQUAL) {
                        line(out, "    " + (s.op() == DiffSegment.Op.INSERT ? "+ " : "- ") + clip(s.text(), 100));
                    }
                }
            }
        }
        if (!c.grounding().numbers().isEmpty()) {
            out.append('\n');
            line(out, "Numbers against your notes:");
            for (NumberCheck n : c.grounding().numbers()) {
                line(out, "  \"" + clip(n.span().text(), 40) + "\": " + n.message());
            }
        }
        out.append('\n');
        line(out, "Tie to " + (c.companyTie().company().isEmpty() ? "the company" : c.companyTie().company()) + ": " + c.companyTie().summary());
        for (Bridge b : c.companyTie().bridges()) {
            line(out, "  - " + b.sentence() + " (" + b.citation().citation() + ")");
        }
        if (!c.followUps().isEmpty()) {
            out.append('\n');
            line(out, "Likely follow-ups:");
            for (FollowUp f : c.followUps()) {
                line(out, "  " + f.rank() + ". " + f.question());
                line(out, "     why: " + f.why() + (f.prepareFrom() == null ? "" : " Prepare from " + f.prepareFrom().citation() + "."));
            }
        }
        return out.toString();
    }

    private static String sentences(List<Integer> idx) {
        return String.join(", ", idx.stream().map(i -> String.valueOf(i + 1)).toList());
    }

    private static void line(StringBuilder out, String s) {
        out.append(s).append('\n');
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static String clip(String s, int max) {
        String one = oneLine(s);
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }
}
