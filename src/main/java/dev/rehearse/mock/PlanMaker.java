package dev.rehearse.mock;

import dev.rehearse.coach.report.QuestionType;
import dev.rehearse.knowledge.PracticeQuestion;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Chooses a session's questions so that it feels like a real interview: an opener, why this company, behavioural and
 * technical questions in turn, and the closing "what questions do you have for us?". Questions come from the
 * candidate's question bank, so the notes hold an answer to prepare from; a standard question stands in for a
 * slot the bank cannot fill. Deterministic: the bank's order decides between equals.
 */
public final class PlanMaker {

    static final String OPENER = "opener";
    static final String MOTIVATION = "motivation";
    static final String BEHAVIOURAL = "behavioural";
    static final String TECHNICAL = "technical";
    static final String CLOSING = "closing";
    static final String PICKED = "picked";

    private static final Map<String, Set<QuestionType>> SLOT_TYPES = Map.of(
            OPENER, EnumSet.of(QuestionType.SELF_INTRODUCTION),
            MOTIVATION, EnumSet.of(QuestionType.MOTIVATION),
            BEHAVIOURAL, EnumSet.of(QuestionType.BEHAVIOURAL, QuestionType.MISTAKE, QuestionType.CONFLICT,
                    QuestionType.WORKING_STYLE, QuestionType.WEAKNESS, QuestionType.STRENGTHS),
            TECHNICAL, EnumSet.of(QuestionType.CONCEPTUAL),
            CLOSING, EnumSet.of(QuestionType.CLOSING));

    private final List<PracticeQuestion> bank;
    private final Function<String, QuestionType> classify;
    private final Optional<String> company;
    private final InterviewerLines lines = InterviewerLines.shared();

    /**
     * @param bank     the question bank in the notes' order
     * @param classify the coach's question type for a question's text
     * @param company  the company the knowledge folder is about, when it names one
     */
    public PlanMaker(List<PracticeQuestion> bank, Function<String, QuestionType> classify, Optional<String> company) {
        this.bank = List.copyOf(bank);
        this.classify = classify;
        this.company = company.filter(c -> !c.isBlank());
    }

    /** A mixed plan of {@code count} questions (fewer only when the bank and the standard questions run out). */
    public MockPlan mixed(int count, int followUps) {
        List<PlannedQuestion> out = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (String slot : slots(count)) {
            fill(slot, used).or(() -> anyOther(used)).ifPresent(q -> {
                used.add(key(q.text()));
                out.add(new PlannedQuestion(out.size() + 1, q.slot(), q.text(), q.questionId(), q.type()));
            });
        }
        return new MockPlan(out, followUps);
    }

    /** The user's own choice of bank questions, in their order; an unknown id is refused by name. */
    public MockPlan picked(List<String> ids, int followUps) {
        List<PlannedQuestion> out = new ArrayList<>();
        for (String id : ids) {
            PracticeQuestion q = bank.stream().filter(b -> b.id().equals(id)).findFirst()
                    .orElseThrow(() -> new MockRequestException("questionIds", "field 'questionIds' names no question with id \""
                            + shorten(id) + "\"; GET /api/questions lists them"));
            out.add(new PlannedQuestion(out.size() + 1, PICKED, q.question(), q.id(), type(q.question())));
        }
        return new MockPlan(out, followUps);
    }

    /** Opener and closing at the ends, motivation second, behavioural and technical questions in turn between. */
    static List<String> slots(int count) {
        List<String> slots = new ArrayList<>();
        slots.add(OPENER);
        if (count >= 3) {
            slots.add(MOTIVATION);
        }
        int middle = count - slots.size() - (count >= 2 ? 1 : 0);
        for (int i = 0; i < middle; i++) {
            slots.add(i % 2 == 0 ? BEHAVIOURAL : TECHNICAL);
        }
        if (count >= 2) {
            slots.add(CLOSING);
        }
        return slots;
    }

    private Optional<PlannedQuestion> fill(String slot, Set<String> used) {
        Predicate<PracticeQuestion> fits = q -> !used.contains(key(q.question()))
                && SLOT_TYPES.get(slot).contains(classify.apply(q.question()));
        List<PracticeQuestion> candidates = bank.stream().filter(fits).toList();
        if (slot.equals(MOTIVATION) && company.isPresent()) {
            // "why <company>" in the candidate's own words first; a bank question that never names it is generic
            String name = company.get().toLowerCase(Locale.ROOT);
            candidates = candidates.stream().filter(q -> q.question().toLowerCase(Locale.ROOT).contains(name))
                    // a question that asks why comes before one that asks what the candidate knows of the company
                    .sorted(java.util.Comparator.comparing(q -> !q.question().toLowerCase(Locale.ROOT).contains("why"))).toList();
        }
        if (!candidates.isEmpty()) {
            PracticeQuestion q = candidates.get(0);
            return Optional.of(new PlannedQuestion(0, slot, q.question(), q.id(), type(q.question())));
        }
        return standard(slot).filter(text -> !used.contains(key(text)))
                .map(text -> new PlannedQuestion(0, slot, text, null, type(text)));
    }

    private Optional<String> standard(String slot) {
        return switch (slot) {
            case OPENER -> lines.openers.stream().findFirst();
            case CLOSING -> lines.closing.stream().findFirst();
            case MOTIVATION -> lines.motivation.stream()
                    .filter(t -> !t.contains("{company}") || company.isPresent())
                    .map(t -> t.replace("{company}", company.orElse(""))).findFirst();
            default -> Optional.empty();
        };
    }

    /** A bank question of any type not yet used, for a slot the bank has no question of its kind for. */
    private Optional<PlannedQuestion> anyOther(Set<String> used) {
        return bank.stream().filter(q -> !used.contains(key(q.question()))).findFirst()
                .map(q -> new PlannedQuestion(0, slotOf(classify.apply(q.question())), q.question(), q.id(), type(q.question())));
    }

    private static String slotOf(QuestionType type) {
        return SLOT_TYPES.entrySet().stream().filter(e -> e.getValue().contains(type)).map(Map.Entry::getKey)
                .findFirst().orElse(BEHAVIOURAL);
    }

    private String type(String text) {
        return classify.apply(text).wireName();
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }
}
