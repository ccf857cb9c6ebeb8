package dev.rehearse.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.knowledge.KnowledgeBase;
import dev.rehearse.knowledge.PassageRef;
import dev.rehearse.testing.BundledKnowledge;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The story bank read from the bundled notes with the real embedding model and sentence-role classifier. */
@Tag("integration")
class StoryBankTest {

    private static final String NOTES = "candidate/theydo-data-engineer-notes.txt";

    @TempDir
    Path temp;

    @Test
    void should_find_the_paypal_pipeline_story_with_its_star_lines_when_reading_the_bundled_notes() {
        // given
        KnowledgeBase notes = PlanModel.bundled();

        // when
        List<Story> stories = new StoryBankBuilder(PlanModel.finder()).build(notes).stories();

        // then
        Story paypal = storyTelling(stories, "PayPal ingestion pipeline");
        assertThat(paypal.origin()).isEqualTo("notes");
        assertThat(paypal.parts()).contains("situation", "action", "result");
        assertThat(line(paypal, "redesigned the system into two pipelines").part()).isEqualTo("action");
        assertThat(line(paypal, "redesigned the system into two pipelines").startLine()).isEqualTo(73);
        assertThat(line(paypal, "trusted payments table").startLine()).isEqualTo(77);
        assertThat(paypal.lines()).allSatisfy(l -> assertThat(l.source()).isEqualTo(NOTES));
        assertThat(paypal.numbers()).contains("two pipelines");
        assertThat(paypal.answers()).extracting(PassageRef::startLine).contains(69);
        assertThat(paypal.themes().get(0).theme()).isEqualTo("reliability");
        assertThat(paypal.themes()).extracting(ThemeScore::theme).containsExactly("reliability", "technical-depth");
        assertThat(paypal.title()).isEqualTo("Rebuilding the PayPal ingestion pipeline");
        assertThat(line(paypal, "redesigned the system into two pipelines").passageId()).isEqualTo(paypal.answers().get(0).passageId());
    }

    @Test
    void should_find_the_remote_async_way_of_working_at_gopuff_when_reading_the_bundled_notes() {
        // given
        KnowledgeBase notes = PlanModel.bundled();

        // when
        List<Story> stories = new StoryBankBuilder(PlanModel.finder()).build(notes).stories();

        // then
        Story gopuff = storyTelling(stories, "GoPuff was fully remote");
        assertThat(line(gopuff, "GoPuff was fully remote").part()).isEqualTo("situation");
        assertThat(line(gopuff, "GoPuff was fully remote").startLine()).isEqualTo(46);
        assertThat(line(gopuff, "communicate proactively").part()).isEqualTo("action");
        assertThat(line(gopuff, "communicate proactively").endLine()).isEqualTo(48);
        assertThat(gopuff.answers()).extracting(PassageRef::startLine).containsExactly(44);
        assertThat(gopuff.themes()).extracting(ThemeScore::theme).contains("ownership", "communication")
                .as("a way of working, with no system built in it").doesNotContain("technical-depth");
        assertThat(gopuff.title()).isEqualTo("Fully remote first role at GoPuff");
    }

    @Test
    void should_not_take_views_plans_or_company_facts_for_stories_when_reading_the_bundled_notes() {
        // given
        KnowledgeBase notes = PlanModel.bundled();

        // when
        List<Story> stories = new StoryBankBuilder(PlanModel.finder()).build(notes).stories();

        // then
        assertThat(stories).flatExtracting(Story::lines).extracting(StoryLine::text)
                .noneMatch(t -> t.contains("good data model"))
                .noneMatch(t -> t.contains("By six months"))
                .noneMatch(t -> t.contains("TheyDo helps large companies"));
    }

    @Test
    void should_let_stories_md_rename_retheme_and_add_stories_and_warn_about_a_bad_line() throws IOException {
        // given
        Path folder = copyOfBundledKnowledge();
        Files.writeString(folder.resolve("stories.md"), """
                # Stories I want to tell

                ## Payments pipeline rebuild
                lines: %s:69-77
                themes: ownership, reliability

                ## Mentoring a new analyst
                themes: leadership
                When a new analyst joined, I paired with her every morning for a month on our dbt models.
                She shipped her first model alone in week three and now reviews others' changes.

                ## Broken entry
                lines: seventy-one
                """.formatted(NOTES));
        KnowledgeBase notes = PlanModel.load(folder);

        // when
        StoryBank bank = new StoryBankBuilder(PlanModel.finder()).build(notes);

        // then
        Story paypal = storyTelling(bank.stories(), "PayPal ingestion pipeline");
        assertThat(paypal.title()).isEqualTo("Payments pipeline rebuild");
        assertThat(paypal.origin()).isEqualTo("stories.md");
        assertThat(paypal.themes()).extracting(ThemeScore::theme).containsExactly("ownership", "reliability");
        assertThat(bank.stories()).filteredOn(s -> s.lines().stream().anyMatch(l -> l.text().contains("PayPal ingestion"))).hasSize(1);
        Story mentoring = storyTelling(bank.stories(), "paired with her every morning");
        assertThat(mentoring.title()).isEqualTo("Mentoring a new analyst");
        assertThat(mentoring.themes()).extracting(ThemeScore::theme).containsExactly("leadership");
        assertThat(bank.warnings()).hasSize(2);
        assertThat(bank.warnings().get(0)).startsWith("stories.md line 13:").contains("not a line range");
        assertThat(bank.warnings().get(1)).startsWith("stories.md line 12:").contains("\"Broken entry\" has no lines");
        assertThat(storyTelling(bank.stories(), "GoPuff was fully remote").origin()).isEqualTo("notes");
    }

    private Path copyOfBundledKnowledge() throws IOException {
        Path target = temp.resolve("knowledge");
        try (Stream<Path> files = Files.walk(BundledKnowledge.FOLDER)) {
            for (Path f : files.toList()) {
                Path to = target.resolve(BundledKnowledge.FOLDER.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        return target;
    }

    static Story storyTelling(List<Story> stories, String words) {
        return stories.stream().filter(s -> s.lines().stream().anyMatch(l -> l.text().contains(words))).findFirst()
                .orElseThrow(() -> new AssertionError("no story tells \"" + words + "\" among "
                        + stories.stream().map(Story::title).toList()));
    }

    private static StoryLine line(Story story, String words) {
        return story.lines().stream().filter(l -> l.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError(story.title() + " has no line with \"" + words + "\""));
    }
}
