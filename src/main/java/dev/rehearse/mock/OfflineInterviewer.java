package dev.rehearse.mock;

import dev.rehearse.coach.report.Critique;
import dev.rehearse.coach.report.FollowUp;
import dev.rehearse.coach.report.Ownership;
import dev.rehearse.text.Word;
import dev.rehearse.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides, after each answer, whether to follow up or move on. It follows up only where the answer leaves a gap an
 * interviewer would probe, taking the question from the follow-up generator's output on the actual answer: a
 * priority the interviewer stated in the notes and the answer ignored, a claim to test, no result, "we" with no
 * "I". It never asks the same thing twice and never follows up a skip or an "I don't know".
 */
public final class OfflineInterviewer {

    /** Words of the answer quoted back when a follow-up does not quote it already. */
    private static final int QUOTE_WORDS = 10;
    /** Origins of the generator's follow-ups that probe this answer, most telling first. */
    private static final List<String> PROBING = List.of("interviewer", "claim", "gap", "probe");

    private final InterviewerLines lines = InterviewerLines.shared();

    /**
     * The follow-up to ask, or empty to move on to the next planned question.
     *
     * @param s        the session, the answer already in its transcript
     * @param answer   what the candidate said
     * @param critique the offline critique of the answer
     * @param reading  what kind of answer it was
     */
    public Optional<MockTurn> followUp(MockSession s, String answer, Critique critique, AnswerReading reading) {
        if (s.followUpsAsked() >= s.plan().followUps()) {
            return Optional.empty();
        }
        PlannedQuestion q = s.current();
        return switch (reading) {
            case SKIPPED, DONT_KNOW -> Optional.empty();
            case OFF_TOPIC -> fresh(s, MockTurn.followUp(q, lines.offTopic.replace("{question}", q.text()),
                    "The answer did not speak to the question, so the interviewer asks it again."));
            case ONE_LINER -> fromGenerator(s, q, answer, critique, true).or(() -> fresh(s, MockTurn.followUp(q,
                    "You said " + quote(answer) + ". " + lines.tooShort, "A one-line answer: the interviewer asks for more.")));
            case ANSWERED -> fromGenerator(s, q, answer, critique, false);
        };
    }

    private Optional<MockTurn> fromGenerator(MockSession s, PlannedQuestion q, String answer, Critique c, boolean anyOrigin) {
        List<String> gaps = gaps(c);
        if (gaps.isEmpty() && !anyOrigin) {
            return Optional.empty();
        }
        List<FollowUp> ranked = new ArrayList<>();
        for (String origin : PROBING) {
            c.followUps().stream().filter(f -> f.origin().equals(origin)).forEach(ranked::add);
        }
        for (FollowUp f : ranked) {
            String text = f.question().contains("\"") ? f.question() : "You said " + quote(answer) + ". " + f.question();
            if (!s.alreadyAsked(f.question()) && !s.alreadyAsked(text)) {
                String why = f.why() + (gaps.isEmpty() ? "" : " (" + String.join("; ", gaps) + ")");
                return Optional.of(MockTurn.followUp(q, text, why));
            }
        }
        return Optional.empty();
    }

    /** The gaps worth a follow-up, in words; none means the interviewer moves on. */
    static List<String> gaps(Critique c) {
        List<String> out = new ArrayList<>();
        if (c.structure().gaps().stream().anyMatch(g -> g.id().startsWith("gap-result"))) {
            out.add("no result");
        }
        Ownership o = c.ownership();
        if (o.iCount() == 0 && o.weCount() > 0) {
            out.add("\"we\" only");
        }
        if (c.followUps().stream().anyMatch(f -> f.origin().equals("claim"))) {
            out.add("a claim to test");
        }
        if (c.followUps().stream().anyMatch(f -> f.origin().equals("interviewer"))) {
            out.add("a priority the interviewer named");
        }
        return out;
    }

    private static Optional<MockTurn> fresh(MockSession s, MockTurn t) {
        return s.alreadyAsked(t.text()) ? Optional.empty() : Optional.of(t);
    }

    /** The answer's first words, quoted back as the interviewer heard them. */
    static String quote(String answer) {
        List<Word> words = Words.of(answer);
        if (words.isEmpty()) {
            return "\"\"";
        }
        if (words.size() <= QUOTE_WORDS) {
            // the sentence's own full stop would sit oddly inside the quote
            return "\"" + answer.substring(words.get(0).start(), words.get(words.size() - 1).end()) + "\"";
        }
        return "\"" + answer.substring(words.get(0).start(), words.get(QUOTE_WORDS - 1).end()) + "…\"";
    }
}
