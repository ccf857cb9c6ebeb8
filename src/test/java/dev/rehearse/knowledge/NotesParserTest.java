package dev.rehearse.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The notes parser on the candidate's real notes file, shipped in knowledge/candidate/. */
class NotesParserTest {

    private static final String SOURCE = "candidate/theydo-data-engineer-notes.txt";
    private static ParsedFile notes;
    private static List<String> fileLines;

    @BeforeAll
    static void parseTheCandidatesNotes() throws IOException {
        Path file = Path.of("knowledge").resolve(SOURCE);
        fileLines = Files.readAllLines(file);
        notes = new NotesParser().parse(SourceFile.of(SOURCE, Files.readAllBytes(file)));
    }

    @Test
    void should_find_every_question_and_answer_unit() {
        // given the notes file

        // when
        List<PracticeQuestion> questions = notes.questions();

        // then: 6 answered questions in part 1, 5 in part 2 (one of them a title line without a question mark)
        assertThat(questions).extracting(PracticeQuestion::question).containsExactly(
                "What is your understanding of who TheyDo is?",
                "Why TheyDo specifically? What stood out to you about us?",
                "So tell me about your experience?",
                "what's motivating you to explore new opportunities at this stage in your career?",
                "We're a fully remote, async team with a lot of autonomy. How do you work in environments where there isn't a lot of structure or ticket assignment?",
                "What would success look like for you in your first six months here?",
                "Can you walk me through a data system you designed end-to-end, including the key decisions you made?",
                "what makes a good data model?",
                "how do you see data engineering enabling our AI platform?",
                "growth outside day-to-day",
                "what specifically have you improved?");
        assertThat(notes.passages()).filteredOn(p -> p.kind() == PassageKind.ANSWER).hasSize(11);
    }

    @Test
    void should_keep_the_answer_text_clean_and_whole() {
        PracticeQuestion dataModel = question("what makes a good data model?");

        // quotes removed, wrapped lines joined, typos untouched
        assertThat(dataModel.answer()).isEqualTo(
                "a good data model has a clearly defined level of detail, seperates measurable events from descriptive "
                        + "context and uses consistent keys to maintain clean relationships between tables. It avoids "
                        + "duplication and unecessary complexity, making it easy to understand and extend. Ultimately a good "
                        + "model supports accurate analysis while remaining maintainable over time.");

        PracticeQuestion whyTheyDo = question("Why TheyDo specifically? What stood out to you about us?");
        assertThat(whyTheyDo.answer()).startsWith("What stood out to me is that you're not just creating visual journeys maps")
                .endsWith("That feels like a meaningful space to build in.")
                .doesNotContain("\"");
    }

    @Test
    void should_give_each_unit_its_line_range_in_the_file() {
        PracticeQuestion payPal = question("Can you walk me through a data system you designed end-to-end, including the key decisions you made?");

        // the question line, and the last line of the fourth paragraph of the answer
        assertThat(fileLines.get(payPal.startLine() - 1)).startsWith("Can you walk me through a data system");
        assertThat(fileLines.get(payPal.endLine() - 1)).startsWith("As a result, we replaced an unusable dataset");
        assertThat(payPal.answer().split("\n\n")).hasSize(4);

        PracticeQuestion first = question("What is your understanding of who TheyDo is?");
        assertThat(first.startLine()).isEqualTo(1);
        assertThat(fileLines.get(first.endLine() - 1)).startsWith("- My understanding is that it's a platform");
    }

    @Test
    void should_place_units_after_the_part_heading_in_part_2() {
        assertThat(question("So tell me about your experience?").section()).isEqualTo("Part 1");
        assertThat(question("what makes a good data model?").section()).isEqualTo("Part 2");
        assertThat(question("growth outside day-to-day").section()).isEqualTo("Part 2");
        assertThat(notes.passages()).noneMatch(p -> p.text().contains("PART 2"));
    }

    @Test
    void should_drop_pause_markers_from_the_text_but_keep_the_lines_covered() {
        PracticeQuestion experience = question("So tell me about your experience?");

        assertThat(experience.answer()).doesNotContainIgnoringCase("pause");
        // three bullet points, each its own paragraph
        assertThat(experience.answer().split("\n\n")).hasSize(3);
        assertThat(experience.answer()).contains("I own pipelines end-to-end")
                .contains("reducing operational issues by seperating concerns in pipelines");
        int pauseLine = fileLines.indexOf("pause") + 1;
        assertThat(pauseLine).isBetween(experience.startLine(), experience.endLine());
    }

    @Test
    void should_recognise_the_questions_to_ask_blocks() {
        List<Passage> toAsk = passages(PassageKind.QUESTION_TO_ASK);

        assertThat(toAsk).extracting(Passage::text).containsExactly(
                "How is the data team currently structured? and how does this role fit into the broader growth plans?",
                "How close does the data team work with product and engineering?",
                "From your perspective, what traits tend to stand out in candidates who do really well in this team?",
                "what are the biggest data platform challenges you're currently facing?",
                "When you're deciding who to move forward with for this role, what tends to stand out most to you or what qualities are you mainly looking for?",
                "If I joined, what would success look like in the first 6 months?");
        assertThat(toAsk.get(0).title()).isEqualTo("Questions for the talent manager");
        assertThat(toAsk.get(0).section()).isEqualTo("Part 1");
        assertThat(toAsk.get(5).title()).isEqualTo("Questions");
        assertThat(toAsk.get(5).section()).isEqualTo("Part 2");
    }

    @Test
    void should_attach_what_the_interviewer_said_to_the_question_it_answers() {
        List<Passage> said = passages(PassageKind.INTERVIEWER_SAID);

        assertThat(said).extracting(Passage::text).containsExactly(
                "data foundation",
                "communication\nsense of ownership",
                "subject matter expert for the infrstrastucture ( a lot of reverse engineering)\n"
                        + "pick one, two of those to generate results (with tangible action).");
        assertThat(said.get(0).title()).isEqualTo("what are the biggest data platform challenges you're currently facing?");
        assertThat(said.get(2).title()).isEqualTo("If I joined, what would success look like in the first 6 months?");
        assertThat(fileLines.get(said.get(2).startLine() - 1)).startsWith("> subject matter expert");
        assertThat(said.get(2).endLine()).isEqualTo(fileLines.size());
    }

    @Test
    void should_give_stable_ids() {
        ParsedFile again = new NotesParser().parse(notes.file());

        assertThat(again.passages()).extracting(Passage::id)
                .containsExactlyElementsOf(notes.passages().stream().map(Passage::id).toList())
                .doesNotHaveDuplicates();
    }

    @Test
    void should_treat_replies_after_an_answer_as_interviewer_feedback() {
        String text = """
                Tell me about a time you fixed a broken pipeline?

                I traced the failure to a schema change and added a contract test.
                > they liked the contract test
                > asked how I would monitor it

                What is your biggest weakness?
                "I over-prepare."
                """;

        ParsedFile parsed = new NotesParser().parse(SourceFile.of("notes.txt", text));

        assertThat(parsed.questions()).hasSize(2);
        Passage feedback = parsed.passages().stream().filter(p -> p.kind() == PassageKind.INTERVIEWER_SAID).findFirst().orElseThrow();
        assertThat(feedback.title()).isEqualTo("Tell me about a time you fixed a broken pipeline?");
        assertThat(feedback.text()).isEqualTo("they liked the contract test\nasked how I would monitor it");
        assertThat(feedback.startLine()).isEqualTo(4);
        assertThat(feedback.endLine()).isEqualTo(5);
        assertThat(parsed.questions().get(1).answer()).isEqualTo("I over-prepare.");
        assertThat(parsed.questions().get(1).section()).isEmpty();
    }

    private static PracticeQuestion question(String text) {
        return notes.questions().stream().filter(q -> q.question().equals(text)).findFirst().orElseThrow();
    }

    private static List<Passage> passages(PassageKind kind) {
        return notes.passages().stream().filter(p -> p.kind() == kind).toList();
    }
}
