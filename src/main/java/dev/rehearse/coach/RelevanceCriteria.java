package dev.rehearse.coach;

import dev.rehearse.coach.report.Gap;
import dev.rehearse.coach.report.InterviewerPriority;
import dev.rehearse.coach.report.PartReport;
import dev.rehearse.coach.report.PhraseFinding;
import dev.rehearse.coach.report.QuestionMatch;
import dev.rehearse.coach.report.Relevance;
import dev.rehearse.coach.report.ScoreReason;
import dev.rehearse.coach.report.SentenceMatch;
import dev.rehearse.coach.report.StructureReport;
import java.util.List;
import java.util.stream.Stream;

/**
 * Whether the draft takes up what the question asks, the first two points of the relevance score. With the
 * embedding model the meaning decides: the sentences closest to the question are the evidence either way. Without
 * it, the answer must do the job its question type asks for (a story's action, a concept's claim) on the question's
 * topic; how many of the question's words it repeats is one signal among others, never the whole judgement, since
 * a good answer names its own subject ("our event pipeline") rather than echoing the question ("a data system").
 */
final class RelevanceCriteria {

    /** Share of the question's topic words an answer picks up to earn the word-level point without the model. */
    static final double TAKE_UP = 0.25;

    /** The frameworks whose answers tell a story or give a proof: their sentences move away from the question's words. */
    private static final java.util.Set<String> STORY_FRAMEWORKS = java.util.Set.of(StructureAnalyzer.STAR, "approach-example-outcome");

    private RelevanceCriteria() {
    }

    /**
     * The cap for an answer that misses the question, by meaning and by words at once. Meaning alone is too weak a
     * reader to cap on: a strength said as a skill ("finding out what a vague request needs") sits as far from the
     * question as a paragraph on baking. So the cap also needs the draft to pick up none of the question's words.
     *
     * @param relevance the relevance dimension's score
     */
    static java.util.Optional<ScoreReason> offTopic(int relevance, Relevance r) {
        QuestionMatch match = r.match();
        if (relevance != 1 || !match.judged() || match.answers() || !r.matchedTerms().isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new ScoreReason(0, "Overall capped at 2.5: no sentence takes up what the question asks (closest "
                + match.similarity() + ").", match.closest().stream().map(SentenceMatch::sentenceId).toList()));
    }

    static List<ScoreReason> of(Relevance r, StructureReport structure) {
        return r.match().judged() ? meaning(r.match(), structure) : withoutModel(r, structure);
    }

    /**
     * What the interviewer said in reply to a question like this one ("success at six months is becoming the expert
     * on the infrastructure") is what the answer should build on; an answer that could be given anywhere does not.
     * Nothing is asked of a draft when the notes hold no such reply.
     */
    static List<ScoreReason> interviewer(Relevance r) {
        List<InterviewerPriority> said = r.interviewerPriorities();
        if (said.isEmpty()) {
            return List.of();
        }
        List<InterviewerPriority> taken = said.stream().filter(InterviewerPriority::takenUp).toList();
        InterviewerPriority shown = taken.isEmpty() ? said.get(0) : taken.get(0);
        List<String> evidence = Stream.of(shown.closest().sentenceId(), shown.passage().passageId()).toList();
        return List.of(Scorer.criterion(!taken.isEmpty(), 1,
                "Builds on what the interviewer said: \"" + shown.said() + "\" (" + shown.passage().citation() + "), in \""
                        + shown.closest().span().text().strip() + "\"",
                "Does not build on what the interviewer said about this: \"" + shown.said() + "\" (" + shown.passage().citation() + ")",
                evidence, List.of(shown.passage().passageId())));
    }

    /**
     * Whether the answer stays on the question. A story or a proof moves away from the question's words by design:
     * the situation, the steps, the example are about the candidate's work, not about "a time you failed". So in the
     * frameworks that tell one (STAR, approach-example-outcome), a sentence that does a part of that job stays on the
     * question as much as one that resembles it; filler and asides do neither.
     */
    static boolean staysOnIt(QuestionMatch m, StructureReport structure) {
        if (m.staysOnIt()) {
            return true;
        }
        if (!STORY_FRAMEWORKS.contains(structure.framework())) {
            return false;
        }
        long doingTheJob = structure.sentences().stream().filter(s -> !s.parts().isEmpty()).count();
        return !structure.sentences().isEmpty() && 2 * doingTheJob >= structure.sentences().size();
    }

    private static List<ScoreReason> meaning(QuestionMatch m, StructureReport structure) {
        List<String> closest = m.closest().stream().map(SentenceMatch::sentenceId).toList();
        boolean stays = staysOnIt(m, structure);
        String best = m.closest().isEmpty() ? "" : "\"" + m.closest().get(0).span().text().strip() + "\"";
        return List.of(
                Scorer.criterion(m.answers(), 1, "Takes up what the question asks (closest: " + best + ", " + m.similarity() + ")",
                        "Does not take up what the question asks: no sentence comes close to it (closest " + m.similarity() + ")",
                        closest, closest),
                Scorer.criterion(stays, 1, m.staysOnIt() ? "Stays on the question (" + m.sentencesOnIt() + " of " + m.sentenceCount() + " sentences)"
                                : StructureAnalyzer.STAR.equals(structure.framework()) ? "Stays on the question: most sentences tell the story it asks for"
                                : "Stays on the question: most sentences give the approach, example or outcome it asks for",
                        "Drifts from the question: " + m.sentencesOnIt() + " of " + m.sentenceCount() + " sentences are about it",
                        closest, closest));
    }

    private static List<ScoreReason> withoutModel(Relevance r, StructureReport s) {
        PartReport main = s.part(StructureAnalyzer.STAR.equals(s.framework()) ? "action" : s.parts().get(0).part());
        List<String> mainIds = main.sentences().stream().map(i -> "sentence-" + i).toList();
        List<String> mentionIds = r.mentions().stream().map(PhraseFinding::id).toList();
        boolean onTopic = !r.matchedTerms().isEmpty();
        boolean doesIt = main.present() && onTopic;
        List<String> gaps = s.gaps().stream().map(Gap::id).toList();
        // an answer that does its type's whole job on the question's topic answers it, whatever words it uses
        boolean covers = doesIt && (r.overlap() >= TAKE_UP || s.gaps().size() <= 1);
        int pct = (int) Math.round(r.overlap() * 100);
        String picked = onTopic ? " on the question's topic (" + String.join(", ", r.matchedTerms()) + ")" : "";
        return List.of(
                Scorer.criterion(doesIt, 1, "Does what the question asks: shows the " + main.part() + picked,
                        !main.present() ? "Misses what the question asks: no " + main.part()
                                : "Does not take up the question's topic: none of its topic words",
                        concat(mainIds, mentionIds), mainIds),
                Scorer.criterion(covers, 1, r.overlap() >= TAKE_UP
                                ? "Covers what was asked (" + pct + "% of the question's topic words)"
                                : "Covers what this type of question needs",
                        "Leaves out part of what was asked (" + pct + "% of the question's topic words, "
                                + s.gaps().size() + " parts missing)",
                        mentionIds, gaps));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).distinct().toList();
    }
}
