package dev.rehearse.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearse.RehearseApp;
import dev.rehearse.coach.report.CompanyTie;
import dev.rehearse.coach.report.RelevantPassage;
import dev.rehearse.coach.roles.MeaningReader;
import dev.rehearse.coach.roles.RoleModelCache;
import dev.rehearse.coach.roles.SentenceEmbedder;
import dev.rehearse.config.Env;
import dev.rehearse.plan.Coverage;
import dev.rehearse.plan.LikelyQuestion;
import dev.rehearse.practice.AttemptStore;
import dev.rehearse.practice.QuestionKey;
import dev.rehearse.search.KnowledgeIndex;
import dev.rehearse.search.MiniLmEmbedder;
import dev.rehearse.search.SearchQuery;
import dev.rehearse.testing.BundledKnowledge;
import dev.rehearse.testing.CompaniesFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One candidate folder and two companies: what switching the company changes, and what it leaves shared. */
@Tag("integration")
class CompanySwitchTest {

    static final String QUESTION = "Can you walk me through a data system you designed end-to-end, including the key decisions you made?";
    static final String DRAFT = "I rebuilt the PayPal ingestion pipeline for payments reporting. I split it into a daily ingestion"
            + " pipeline that landed raw files and a separate aggregation pipeline that built the weekly output, so a failed"
            + " aggregation could simply be rerun and retries were idempotent. Failures dropped to zero and the finance team"
            + " trusted the weekly payments table again.";

    @TempDir
    static Path temp;
    static KnowledgeIndex index;
    static AttemptStore attempts;
    static RehearseService service;
    static PlanService plan;

    @BeforeAll
    static void start() {
        Path folder = CompaniesFixture.build(temp);
        MiniLmEmbedder m = BundledKnowledge.embedder();
        index = KnowledgeIndex.open(folder, temp.resolve("index"), m);
        attempts = AttemptStore.inDataDir(temp.resolve("data"));
        service = RehearseApp.offline(index, attempts);
        MeaningReader meaning = new MeaningReader(new SentenceEmbedder(m.modelId(), m::embedAll), RoleModelCache.inMemory());
        plan = RehearseApp.plan(Env.load(temp, Map.of()), m, meaning, index, service, attempts);
    }

    @AfterAll
    static void stop() {
        attempts.close();
        index.close();
    }

    @Test
    void should_tie_to_the_chosen_companys_research_and_name() {
        // when
        CompanyTie theydo = service.tie(request("theydo", false)).offline();
        CompanyTie northwind = service.tie(request("northwind", false)).offline();

        // then
        assertThat(theydo.company()).isEqualTo("TheyDo");
        assertThat(northwind.company()).isEqualTo("Northwind Freight");
        assertThat(sources(theydo)).isNotEmpty().allMatch(s -> s.startsWith("companies/theydo/"));
        assertThat(sources(northwind)).isNotEmpty().allMatch(s -> s.startsWith("companies/northwind/"));
        assertThat(northwind.bridges()).allMatch(b -> b.citation().source().startsWith("companies/northwind/"));
    }

    @Test
    void should_search_only_the_chosen_companys_research_beside_the_shared_notes() {
        // when
        var hits = service.search(SearchQuery.of("idempotent retries of a resent file", 20), "northwind").hits();

        // then
        assertThat(hits).extracting(h -> h.source()).isNotEmpty()
                .noneMatch(s -> s.startsWith("companies/theydo/"))
                .anyMatch(s -> s.startsWith("companies/northwind/"));
    }

    @Test
    void should_add_the_questions_a_companys_research_raises_to_its_likely_questions_only() {
        // when
        Coverage northwind = plan.coverage("northwind");
        Coverage theydo = plan.coverage("theydo");

        // then
        String resend = "How do you make a carrier feed safe to resend?";
        assertThat(questions(northwind)).contains(resend);
        assertThat(questions(theydo)).doesNotContain(resend);
        assertThat(northwind.rows()).filteredOn(r -> r.question().text().equals(resend)).singleElement()
                .satisfies(r -> assertThat(r.question().ref().source()).isEqualTo("companies/northwind/the-role.md"));
    }

    @Test
    void should_share_the_stories_between_companies() {
        // when
        Coverage northwind = plan.coverage("northwind");
        Coverage theydo = plan.coverage("theydo");

        // then: one bank, so a question both companies share is answered by the same stories, equally well
        List<String> bank = plan.stories().stories().stream().map(s -> s.id()).toList();
        assertThat(bank).isNotEmpty();
        assertThat(matches(northwind, QUESTION)).isNotEmpty().isEqualTo(matches(theydo, QUESTION))
                .allMatch(m -> bank.contains(m.storyId()));
    }

    @Test
    void should_keep_each_companys_history_apart() {
        // given
        service.critique(new DraftRequest(QUESTION, DRAFT, "history-q", true, null, "northwind"));

        // when
        String key = QuestionKey.of("history-q", QUESTION);
        var northwind = attempts.history(key, service.companies().resolve("northwind").history());
        var theydo = attempts.history(key, service.companies().resolve("theydo").history());

        // then
        assertThat(northwind).hasSize(1);
        assertThat(theydo).isEmpty();
    }

    @Test
    void should_refuse_an_unknown_company_naming_it_and_the_known_ones() {
        assertThatThrownBy(() -> service.tie(request("acme", false)))
                .isInstanceOf(UnknownCompanyException.class)
                .hasMessageContaining("\"acme\"").hasMessageContaining("northwind (Northwind Freight)")
                .hasMessageContaining("theydo (TheyDo)");
    }

    @Test
    void should_list_the_companies_with_the_first_as_default() {
        // when
        ApiViews.CompaniesResponse list = service.companies().list();

        // then
        assertThat(list.companies()).extracting(ApiViews.CompanyEntry::slug).containsExactly("northwind", "theydo");
        assertThat(list.companies()).allMatch(c -> c.passages() > 0);
        assertThat(list.defaultCompany()).isEqualTo("northwind");
        assertThat(service.config().company().name()).isEqualTo("Northwind Freight");
        assertThat(service.config("theydo").company().name()).isEqualTo("TheyDo");
    }

    static DraftRequest request(String company, boolean save) {
        return new DraftRequest(QUESTION, DRAFT, null, save, null, company);
    }

    private static List<String> sources(CompanyTie tie) {
        return tie.research().stream().map(RelevantPassage::passage).map(p -> p.source()).toList();
    }

    private static List<String> questions(Coverage c) {
        return c.rows().stream().map(Coverage.Row::question).map(LikelyQuestion::text).toList();
    }

    private static List<Coverage.Match> matches(Coverage c, String question) {
        return c.rows().stream().filter(r -> r.question().text().strip().equals(question)).findFirst()
                .map(Coverage.Row::matches).orElse(List.of());
    }
}
