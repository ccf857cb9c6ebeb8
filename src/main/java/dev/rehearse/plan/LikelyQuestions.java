package dev.rehearse.plan;

import dev.rehearse.knowledge.KnowledgeBase;
import dev.rehearse.knowledge.Passage;
import dev.rehearse.knowledge.PassageKind;
import dev.rehearse.knowledge.PracticeQuestion;
import dev.rehearse.practice.QuestionKey;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The likely questions for the role: the notes' own question bank, the standard behavioural set
 * ({@code plan/standard-questions.txt}) and what the interviewer said they look for (the notes' {@code >} lines).
 * The research's own question lines are left out: in the house research format they are questions for the
 * candidate to ask, not questions they will be asked.
 */
public final class LikelyQuestions {

    private static final SectionFile STANDARD = SectionFile.load("standard-questions.txt");
    /** A reply of the interviewer's past this many words is a remark, not a quality they named. */
    private static final int PRIORITY_WORDS = 12;

    private LikelyQuestions() {
    }

    /**
     * @param asksForStory whether a bank question is answered with a story, by its type
     */
    public static List<LikelyQuestion> of(KnowledgeBase knowledge, Predicate<String> asksForStory) {
        List<LikelyQuestion> out = new ArrayList<>();
        for (PracticeQuestion q : knowledge.questions()) {
            Passage p = knowledge.passage(q.id()).orElse(null);
            boolean story = asksForStory.test(q.question());
            out.add(new LikelyQuestion(q.id(), q.question(), "bank", null,
                    story ? "a story from your own work that answers it" : "", story,
                    QuestionKey.of(q.id(), q.question()), p == null ? null : p.ref()));
        }
        for (String id : STANDARD.sections()) {
            Map<String, String> v = STANDARD.values(id);
            out.add(new LikelyQuestion("standard:" + id, v.get("question"), "standard", v.get("theme"), v.get("story"), true,
                    QuestionKey.of(null, v.get("question")), null));
        }
        Set<String> said = new LinkedHashSet<>();
        for (Passage p : knowledge.passages()) {
            if (p.kind() == PassageKind.INTERVIEWER_SAID) {
                for (String line : p.text().split("\\R")) {
                    String priority = line.strip().replaceAll("[.:;,-]+$", "");
                    if (!priority.isEmpty() && priority.split("\\s+").length <= PRIORITY_WORDS && said.add(priority)) {
                        out.add(new LikelyQuestion("interviewer:" + said.size(), priority, "interviewer", null,
                                "a story that shows " + priority, true, QuestionKey.of(null, priority), p.ref()));
                    }
                }
            }
        }
        return out;
    }
}
