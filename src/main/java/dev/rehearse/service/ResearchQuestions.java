package dev.rehearse.service;

import dev.rehearse.knowledge.KnowledgeBase;
import dev.rehearse.knowledge.Passage;
import dev.rehearse.knowledge.PassageKind;
import dev.rehearse.plan.LikelyQuestion;
import dev.rehearse.practice.QuestionKey;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The questions a company's research says its interviewers may ask: the lines ending in a question mark under a
 * heading such as "Questions they may ask" or "Likely questions" (a short section the splitter merged into the one
 * before keeps its heading as a line ending in a colon). Questions under any other heading ("Questions to ask about
 * the role") are the candidate's to ask, and are left out.
 */
final class ResearchQuestions {

    private static final Pattern HEADING = Pattern.compile(
            "(?i)\\b(questions? (they|the interviewers?|interviewers) (may|might|will|could|are likely to) ask|likely questions)\\b");
    private static final Pattern LIST_MARK = Pattern.compile("^\\s*(?:[-*+•]|\\d+[.)])\\s+");

    private ResearchQuestions() {
    }

    static List<LikelyQuestion> of(KnowledgeBase knowledge, Predicate<String> asksForStory) {
        List<LikelyQuestion> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Passage p : knowledge.passages()) {
            if (p.kind() != PassageKind.RESEARCH) {
                continue;
            }
            boolean asked = HEADING.matcher(p.title()).find();
            for (String line : p.text().split("\\R")) {
                String question = LIST_MARK.matcher(line).replaceFirst("").strip();
                if (question.endsWith(":")) {
                    // a short section merged into the passage keeps its heading as a line ending in a colon
                    asked = HEADING.matcher(question).find();
                } else if (asked && question.endsWith("?") && question.length() > 1 && seen.add(question)) {
                    boolean story = asksForStory.test(question);
                    out.add(new LikelyQuestion("research:" + p.id() + ":" + seen.size(), question, "research", null,
                            story ? "a story from your own work that answers it" : "", story,
                            QuestionKey.of(null, question), p.ref()));
                }
            }
        }
        return out;
    }
}
