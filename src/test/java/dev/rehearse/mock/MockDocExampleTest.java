package dev.rehearse.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.RehearseApp;
import dev.rehearse.coach.report.Critique;
import dev.rehearse.coach.report.QuestionReport;
import dev.rehearse.practice.AttemptStore;
import dev.rehearse.service.DraftRequest;
import dev.rehearse.service.MockService;
import dev.rehearse.service.RehearseService;
import dev.rehearse.testing.BundledKnowledge;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example session in {@code docs/mock.md} is the offline interviewer's real output on the candidate's own notes:
 * this test plays the same scripted answers and compares the transcript and debrief with the block between
 * {@code <!-- mock:example -->} and {@code <!-- /mock -->}. When the interviewer changes on purpose, run it with
 * {@code -Drehearse.regenerateDocs=true} to rewrite the block, and read the diff before committing it.
 */
@Tag("integration")
class MockDocExampleTest {

    static final Path DOC = Path.of("docs/mock.md");
    private static final Pattern BLOCK = Pattern.compile("(<!-- mock:example -->\\n)(.*?)(<!-- /mock -->)", Pattern.DOTALL);
    /** Each answer takes this long on the example's clock, so the times in the debrief are those of a real session. */
    private static final Duration ANSWER_TIME = Duration.ofSeconds(75);

    /** The candidate's side of the example, in order: an answer, {@code /skip}, or {@code /end}. */
    static final List<String> SCRIPT = List.of(
            "We rebuilt the ingestion pipeline at PayPal on Kafka and Spark, and we moved the batch jobs to streaming so"
                    + " that the analysts could see the payments data much sooner than before.",
            "I don't know, I would have to check.",
            "TheyDo turns customer journeys into decisions, and I want to build the data layer that makes those journeys"
                    + " measurable. In my last role I built the event pipeline that product managers used every day, and"
                    + " I want to do that for a product whose whole value is customer insight.",
            "/skip",
            "A good data model is simple.",
            "It mirrors how the business talks, so a new analyst can find orders and customers without asking anyone,"
                    + " and it keeps raw data apart from the modelled tables so that I can rebuild them when a definition changes.",
            "How is the data team structured today, and how does this role fit into its plans for the next year?");

    /** A clock that moves on by the answer time at every reading: the session's own timeline. */
    static final class SteppingClock extends Clock {
        private Instant now = Instant.parse("2026-01-15T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            Instant t = now;
            now = now.plus(ANSWER_TIME);
            return t;
        }
    }

    @TempDir
    Path dataDir;

    static String play(RehearseService service, AttemptStore attempts, MockStore store, Clock clock) {
        Critic critic = new Critic() {
            @Override
            public Critique critique(String question, String answer) {
                return service.critique(DraftRequest.of(question, answer)).offline();
            }

            @Override
            public QuestionReport classify(String question) {
                return service.classify(question);
            }
        };
        MockCompany company = new MockCompany(null, service.companyName().orElse(""), true, critic,
                () -> new PlanMaker(BundledKnowledge.index().knowledge().questions(), q -> service.classify(q).type(),
                        service.companyName()), BundledKnowledge.index()::knowledge,
                (q, a, c) -> MockService.keep(attempts, null, q, a, c));
        MockInterview interview = new MockInterview(store, asked -> company, Optional.empty(), clock, () -> "example");
        MockSession s = interview.start(new MockOptions(5, 1, null));
        for (String line : SCRIPT) {
            if (s.ended()) {
                break;
            }
            s = line.equals("/end") ? interview.end(s.id()) : interview.answer(s.id(), line, line.equals("/skip"));
        }
        if (!s.ended()) {
            s = interview.end(s.id());
        }
        return "### Transcript\n\n" + DebriefText.transcript(s.transcript()) + DebriefText.debrief(s.debrief()).replace("## Debrief", "### Debrief");
    }

    @Test
    void should_match_the_example_session_in_the_mock_doc_when_played_on_the_candidates_notes() throws IOException {
        // given
        String rendered;
        try (AttemptStore attempts = AttemptStore.inDataDir(dataDir); MockStore store = new MockStore(attempts)) {
            rendered = play(RehearseApp.offline(BundledKnowledge.index(), attempts), attempts, store, new SteppingClock());
        }
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        Matcher m = BLOCK.matcher(doc);
        assertThat(m.find()).as("docs/mock.md has a <!-- mock:example --> block").isTrue();

        // when
        if (Boolean.getBoolean("rehearse.regenerateDocs")) {
            doc = doc.substring(0, m.start(2)) + rendered + doc.substring(m.end(2));
            Files.writeString(DOC, doc, StandardCharsets.UTF_8);
        }

        // then
        Matcher now = BLOCK.matcher(Files.readString(DOC, StandardCharsets.UTF_8));
        assertThat(now.find()).isTrue();
        assertThat(now.group(2)).isEqualTo(rendered);
        assertThat(rendered).contains("**Interviewer** (follow-up)").contains("_skipped_").contains("### Prepare next");
    }
}
