package dev.rehearse.coach;

import dev.rehearse.coach.report.PartReport;
import dev.rehearse.coach.report.ScoreReason;
import dev.rehearse.coach.report.SentenceRole;
import dev.rehearse.coach.report.StructureReport;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The structure points of a story, judged by its arc as the sentences tell it: the scene is set before the action
 * and does not outweigh what the candidate did and what came of it, the candidate's own action is told, a result is
 * stated, and the story ends on what came of it or on what was learned. Each sentence's part comes from what the
 * sentence does (the role classifier, outcomes stated in words), so a story told without "the situation was… my task
 * was… as a result" earns the same points as one that labels its parts, and no fixed share of situation, task,
 * action and result is asked for: a tight story whose set-up carries the problem is as good as a textbook one.
 */
final class StoryArc {

    private static final Pattern FIRST_PERSON = Pattern.compile("\\bI\\b");
    private static final Set<String> CONTEXT = Set.of("situation", "task");
    private static final Set<String> AFTER = Set.of("action", "result", "reflection");
    private static final Set<String> ENDING = Set.of("result", "reflection");

    private StoryArc() {
    }

    /**
     * @param words the draft's word count
     * @param gaps  the gap ids of a part, for the reasons that cite what is missing
     */
    static List<ScoreReason> criteria(StructureReport s, int words, Function<String, List<String>> gaps) {
        List<SentenceRole> roles = s.sentences();
        int total = Math.max(1, words);
        int context = StructureAnalyzer.contextWords(roles);
        int told = roles.stream().filter(r -> !r.parts().isEmpty() && AFTER.contains(r.parts().get(0))).mapToInt(SentenceRole::words).sum();
        int firstContext = first(roles, CONTEXT);
        int firstAction = first(roles, Set.of("action"));
        boolean before = firstContext >= 0 && (firstAction < 0 || firstContext < firstAction);
        int contextPct = (int) Math.round(100.0 * context / total);
        List<String> contextIds = ids(roles, CONTEXT);
        ScoreReason setUp = Scorer.criterion(before && context <= told, 1,
                "Sets the scene first, briefly (set-up " + contextPct + "%)",
                firstContext < 0 ? "No situation or task"
                        : !before ? "The set-up comes after the action: set the scene first"
                        : "The set-up (" + contextPct + "%) outweighs what you did and what came of it",
                contextIds, gaps.apply("context"));
        PartReport action = s.part("action");
        List<Integer> own = action.sentences().stream().filter(i -> FIRST_PERSON.matcher(roles.get(i).span().text()).find()).toList();
        ScoreReason acted = Scorer.criterion(!own.isEmpty(), 1, "Tells what you did (" + own.size() + " sentence" + (own.size() == 1 ? "" : "s") + ")",
                action.present() ? "The action is not told as what you did: say \"I …\"" : "No action",
                own.stream().map(i -> "sentence-" + i).toList(), gaps.apply("action"));
        PartReport result = s.part("result");
        ScoreReason resulted = Scorer.criterion(result.present(), 1, "States a result", "No result",
                result.sentences().stream().map(i -> "sentence-" + i).toList(), gaps.apply("result"));
        SentenceRole last = roles.isEmpty() ? null : roles.get(roles.size() - 1);
        boolean ends = last != null && last.parts().stream().anyMatch(ENDING::contains);
        ScoreReason ending = Scorer.criterion(ends, 1, "Ends on what came of it or what you learned",
                "Ends before saying what came of it or what you learned", last == null ? List.of() : List.of(last.id()),
                gaps.apply("reflection"));
        return List.of(setUp, acted, resulted, ending);
    }

    private static int first(List<SentenceRole> roles, Set<String> parts) {
        for (SentenceRole r : roles) {
            if (r.parts().stream().anyMatch(parts::contains)) {
                return r.index();
            }
        }
        return -1;
    }

    private static List<String> ids(List<SentenceRole> roles, Set<String> parts) {
        return roles.stream().filter(r -> r.parts().stream().anyMatch(parts::contains)).map(SentenceRole::id).toList();
    }
}
