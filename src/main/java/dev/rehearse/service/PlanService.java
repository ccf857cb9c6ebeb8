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
    private final CompanyScope companies;
    private final Clock clock;
    private final LocalDate interview;
    private volatile Cached cached;

    private record Cached(KnowledgeBase knowledge, StoryBank bank) {
    }

    /**
     * @param asksForStory whether a question is answered with a story, by the coach's reading of its type
     * @param companies    which company a request is about: its research and its history
     * @param interview    the interview day from the settings, or null
     */
    public PlanService(Supplier<KnowledgeBase> knowledge, StoryFinder finder, AttemptStore attempts,
                       Predicate<String> asksForStory, CompanyScope companies, Clock clock, LocalDate interview) {
        this.knowledge = knowledge;
        this.finder = finder;
        this.attempts = attempts;
        this.asksForStory = asksForStory;
        this.companies = companies;
        this.clock = clock;
        this.interview = interview;
    }

    /** Built once per knowledge version; synchronized so the start-up warm-up and a first request do not both build it. */
    public synchronized StoryBank stories() {
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

    /** The likely questions of one company (the default when null) set against the shared stories. */
    public Coverage coverage(String companyParam) {
        return coverage(likelyQuestions(companies.resolve(companyParam)));
    }

    public DueToday plan(String companyParam) {
        CompanyScope.Scoped company = companies.resolve(companyParam);
        List<LikelyQuestion> questions = likelyQuestions(company);
        Coverage coverage = coverage(questions);
        Map<String, Schedule> schedules = new HashMap<>();
        if (attempts != null && attempts.status().available()) {
            for (LikelyQuestion q : questions) {
                schedules.put(q.questionKey(), schedule(attempts.history(q.questionKey(), company.history())));
            }
        }
        return DuePlanner.plan(questions, coverage.gaps(), schedules, LocalDate.now(clock), interview);
    }

    /** The company's name, the default company's when null. */
    public Optional<String> company(String companyParam) {
        return Optional.ofNullable(companies.resolve(companyParam).name());
    }

    /** The shared question bank and behavioural set, and the questions the company's own research raises. */
    private List<LikelyQuestion> likelyQuestions(CompanyScope.Scoped company) {
        List<LikelyQuestion> out = new ArrayList<>(LikelyQuestions.of(company.knowledge(), asksForStory));
        out.addAll(ResearchQuestions.of(company.knowledge(), asksForStory));
        return out;
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
}
