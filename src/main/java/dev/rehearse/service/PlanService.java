package dev.rehearse.service;

import dev.rehearse.knowledge.KnowledgeBase;
import dev.rehearse.plan.Coverage;
import dev.rehearse.plan.CoverageBuilder;
import dev.rehearse.plan.DuePlanner;
import dev.rehearse.plan.DueToday;
import dev.rehearse.plan.LikelyQuestion;
import dev.rehearse.plan.LikelyQuestions;
import dev.rehearse.plan.Schedule;
import dev.rehearse.plan.StoryBank;
import dev.rehearse.plan.StoryBankBuilder;
import dev.rehearse.plan.StoryFinder;
import dev.rehearse.practice.AttemptStore;
import dev.rehearse.practice.AttemptSummary;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Practice planning: the story bank, the coverage map and what to practise today. The stories are read once per
 * snapshot of the knowledge folder (an edit makes a new snapshot, and the next request reads it again).
 */
public final class PlanService {

    private final Supplier<KnowledgeBase> knowledge;
    private final StoryFinder finder;
    private final AttemptStore attempts;
    private final Predicate<String> asksForStory;
    private final Supplier<Optional<String>> company;
    private final Clock clock;
    private final LocalDate interview;
    private volatile Cached cached;

    private record Cached(KnowledgeBase knowledge, StoryBank bank) {
    }

    /**
     * @param asksForStory whether a question is answered with a story, by the coach's reading of its type
     * @param interview    the interview day from the settings, or null
     */
    public PlanService(Supplier<KnowledgeBase> knowledge, StoryFinder finder, AttemptStore attempts,
                       Predicate<String> asksForStory, Supplier<Optional<String>> company, Clock clock, LocalDate interview) {
        this.knowledge = knowledge;
        this.finder = finder;
        this.attempts = attempts;
        this.asksForStory = asksForStory;
        this.company = company;
        this.clock = clock;
        this.interview = interview;
    }

    public StoryBank stories() {
        KnowledgeBase kb = knowledge.get();
        Cached c = cached;
        if (c == null || c.knowledge() != kb) {
            c = new Cached(kb, new StoryBankBuilder(finder).build(kb));
            cached = c;
        }
        return c.bank();
    }

    /** What {@code stories.md} holds that could not be read, for the health check. */
    public List<String> warnings() {
        return stories().warnings();
    }

    public Coverage coverage(String companyParam) {
        checkCompany(companyParam);
        return coverage(LikelyQuestions.of(knowledge.get(), asksForStory));
    }

    public DueToday plan(String companyParam) {
        checkCompany(companyParam);
        List<LikelyQuestion> questions = LikelyQuestions.of(knowledge.get(), asksForStory);
        Coverage coverage = coverage(questions);
        Map<String, Schedule> schedules = new HashMap<>();
        if (attempts != null && attempts.status().available()) {
            for (LikelyQuestion q : questions) {
                schedules.put(q.questionKey(), schedule(attempts.history(q.questionKey())));
            }
        }
        return DuePlanner.plan(questions, coverage.gaps(), schedules, LocalDate.now(clock), interview);
    }

    public Optional<String> company() {
        return company.get();
    }

    private Coverage coverage(List<LikelyQuestion> questions) {
        return new CoverageBuilder(finder).build(questions, stories().stories());
    }

    private static Schedule schedule(List<AttemptSummary> history) {
        List<Schedule.Attempt> scored = new ArrayList<>();
        history.stream().filter(a -> a.overallScore() != null)
                // attempts on one draft (critique, follow-ups, tie) are one practice
                .filter(a -> a.sameDraftAs() == a.id() || history.stream().noneMatch(b -> b.id() == a.sameDraftAs() && b.overallScore() != null))
                .sorted(Comparator.comparing(AttemptSummary::createdAt))
                .forEach(a -> scored.add(new Schedule.Attempt(a.createdAt(), a.overallScore())));
        return Schedule.of(scored);
    }

    /** Only the current company for now: another name is a 404 that names it. */
    private void checkCompany(String param) {
        if (param == null || param.isBlank()) {
            return;
        }
        String current = company.get().orElse("");
        String wanted = param.strip().toLowerCase(Locale.ROOT);
        if (!current.toLowerCase(Locale.ROOT).equals(wanted) && !slug(current).equals(wanted)) {
            throw new UnknownCompanyException(param.strip(), current);
        }
    }

    static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    }
}
