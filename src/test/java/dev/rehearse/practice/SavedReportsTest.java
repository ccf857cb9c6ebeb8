package dev.rehearse.practice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.practice.SavedReport.AskRun;
import dev.rehearse.practice.SavedReport.CritiqueRun;
import dev.rehearse.practice.SavedReport.FollowUpsRun;
import dev.rehearse.practice.SavedReport.TieRun;
import dev.rehearse.practice.SavedReport.Unreadable;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavedReportsTest {

    @TempDir
    Path dataDir;

    private Map<Long, SavedReport> readLegacyHistory() {
        LegacyHistory.copyInto(dataDir);
        try (AttemptStore store = AttemptStore.inDataDir(dataDir)) {
            return java.util.stream.LongStream.rangeClosed(1, 10).mapToObj(id -> store.get(id).orElseThrow())
                    .collect(Collectors.toMap(Attempt::id, a -> SavedReports.read(a.mode(), a.reportJson())));
        }
    }

    @Test
    void should_read_every_shape_the_page_saved_into_the_coach_and_model_records() {
        // given
        Map<Long, SavedReport> reports = readLegacyHistory();

        // then
        assertThat(reports).hasSize(10);
        assertThat(reports.values()).noneMatch(r -> r instanceof Unreadable);
        CritiqueRun offline = (CritiqueRun) reports.get(1L);
        assertThat(offline.dimensions()).hasSize(5);
        assertThat(offline.offline().scores().overall()).isEqualTo(1.0);
        assertThat(offline.followUps()).isNotEmpty().allSatisfy(f -> assertThat(f.question()).isNotBlank());
        assertThat(offline.llm()).isNull();
        CritiqueRun withModel = (CritiqueRun) reports.get(2L);
        assertThat(withModel.llm().summary()).startsWith("A solid design story");
        assertThat(((CritiqueRun) reports.get(3L)).llmNote().note()).contains("did not answer");
        FollowUpsRun followUps = (FollowUpsRun) reports.get(4L);
        assertThat(followUps.followUps()).isNotEmpty();
        assertThat(((FollowUpsRun) reports.get(5L)).llm().followUps()).isNotEmpty();
        TieRun wrappedTie = (TieRun) reports.get(6L);
        assertThat(wrappedTie.offline().company()).isEqualTo("TheyDo");
        assertThat(wrappedTie.bridges()).isNotEmpty().allSatisfy(b -> assertThat(b.citation().source()).isNotBlank());
        assertThat(((TieRun) reports.get(7L)).llm().bridges()).isNotEmpty();
        assertThat(((AskRun) reports.get(9L)).answer().answer()).contains("metric cards");
        assertThat(((AskRun) reports.get(10L)).fallback().retrieved()).hasSize(1);
    }

    @Test
    void should_say_a_report_is_unreadable_when_a_field_has_a_name_the_records_do_not_know() {
        // given: a follow-up whose question sits under another name, as after a rename in the coach's report
        String renamed = "{\"question\":null,\"followUps\":[{\"rank\":1,\"text\":\"How did you measure it?\",\"why\":\"no number\","
                + "\"origin\":\"gap\",\"basedOn\":[]}]}";

        // when
        SavedReport report = SavedReports.read(PracticeMode.FOLLOWUPS, renamed);

        // then
        assertThat(report).isInstanceOfSatisfying(Unreadable.class, u -> assertThat(u.reason()).contains("text"));
    }

    @Test
    void should_say_a_report_is_unreadable_instead_of_failing_when_it_is_not_json() {
        assertThat(SavedReports.read(PracticeMode.CRITIQUE, "not json")).isInstanceOf(Unreadable.class);
        assertThat(SavedReports.read(PracticeMode.TIE, "[1, 2]")).isInstanceOf(Unreadable.class);
        assertThat(SavedReports.read(PracticeMode.ASK, "{\"answer\": 3, \"extra\": true}")).isInstanceOf(Unreadable.class);
    }

    @Test
    void should_read_a_tie_saved_by_the_server_with_its_fields_at_the_top_level() {
        // given: the server's own shape, the tie's fields with llm and llmNote beside them
        String tie = "{\"company\":\"Acme\",\"research\":[],\"themesInResearch\":[],\"themesInDraft\":[],\"missingThemes\":[],"
                + "\"mentions\":[],\"bridges\":[{\"id\":\"bridge-1\",\"sentence\":\"At Acme this would matter.\",\"fact\":\"matter\","
                + "\"theme\":\"\",\"citation\":{\"passageId\":\"p\",\"source\":\"company/acme.md\",\"startLine\":3,\"endLine\":4,"
                + "\"kind\":\"research\",\"title\":\"Acme\"}}],\"interviewerSaid\":[],\"tied\":false,\"summary\":\"Not tied.\","
                + "\"llm\":null,\"llmNote\":null}";

        // when
        SavedReport report = SavedReports.read(PracticeMode.TIE, tie);

        // then
        assertThat(report).isInstanceOfSatisfying(TieRun.class, t -> {
            assertThat(t.offline().company()).isEqualTo("Acme");
            assertThat(t.bridges()).extracting(b -> b.citation().citation()).containsExactly("company/acme.md:3-4");
        });
    }

    @Test
    void should_read_the_models_checked_reply_the_server_saves_beside_the_offline_report() {
        // given: the server's own result with a model: llm is the whole checked reply, its result inside
        String tie = "{\"company\":\"Acme\",\"research\":[],\"themesInResearch\":[],\"themesInDraft\":[],\"missingThemes\":[],"
                + "\"mentions\":[],\"bridges\":[],\"interviewerSaid\":[],\"tied\":false,\"summary\":\"Not tied.\","
                + "\"llm\":{\"result\":{\"summary\":\"It ties to Acme's uptime goal.\",\"bridges\":[{\"sentence\":\"That is Acme's uptime goal.\","
                + "\"tiesTo\":\"uptime\",\"citations\":[1]}]},\"citations\":[{\"n\":1,\"passageId\":\"p\",\"source\":\"company/acme.md\","
                + "\"startLine\":3,\"endLine\":4,\"kind\":\"research\",\"title\":\"Acme\"}],\"droppedCitations\":0,\"flags\":[],"
                + "\"notes\":[],\"retrieved\":[]},\"llmNote\":null}";

        // when
        SavedReport report = SavedReports.read(PracticeMode.TIE, tie);

        // then
        assertThat(report).isInstanceOfSatisfying(TieRun.class, t -> {
            assertThat(t.llm().summary()).isEqualTo("It ties to Acme's uptime goal.");
            assertThat(t.llm().bridges()).extracting(b -> b.sentence()).containsExactly("That is Acme's uptime goal.");
        });
    }

    @Test
    void should_give_plain_words_and_no_java_types_when_a_report_cannot_be_read() {
        // when: a number where the report has an object
        SavedReport report = SavedReports.read(PracticeMode.CRITIQUE, "{\"question\": {\"type\": {\"nested\": 1}}}");

        // then
        assertThat(report).isInstanceOfSatisfying(Unreadable.class, u -> assertThat(u.reason())
                .doesNotContain("java.").doesNotContain("Token").doesNotContain("deserialize"));
    }
}
