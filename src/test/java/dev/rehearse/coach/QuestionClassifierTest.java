package dev.rehearse.coach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.coach.report.QuestionReport;
import dev.rehearse.coach.report.QuestionType;
import dev.rehearse.coach.text.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionClassifierTest {

    private final QuestionClassifier classifier = new QuestionClassifier(CoachRules.shared());

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // the candidate's own notes
            "Can you walk me through a data system you designed end-to-end, including the key decisions you made? | behavioural",
            "what makes a good data model? | conceptual",
            "Why TheyDo specifically? What stood out to you about us? | motivation",
            "We're a fully remote, async team with a lot of autonomy. How do you work in environments where there isn't a lot of structure or ticket assignment? | working-style",
            "So tell me about your experience? | self-introduction",
            "what's motivating you to explore new opportunities at this stage in your career? | motivation",
            "What is your understanding of who TheyDo is? | motivation",
            "how do you see data engineering enabling our AI platform? | conceptual",
            "what specifically have you improved? | behavioural",
            "growth outside day-to-day | working-style",
            "What would success look like for you in your first six months here? | first-months",
            // common phrasings
            "Tell me about a time you disagreed with a stakeholder. | conflict",
            "What is your greatest weakness? | weakness",
            "Which part of your work do you most need to improve? | weakness",
            "Tell me about a time you got something badly wrong at work. | mistake",
            "Describe a failure you learned from. | mistake",
            "Why do you want to leave your current employer? | reason-for-leaving",
            "What would you say your key strengths are? | strengths",
            "How would you spend your first 90 days on the team? | first-months",
            "Tell me about a time you shipped a migration under pressure. | behavioural",
            "Any questions for me before we wrap up? | closing",
            "Do you have any questions for us? | closing",
            "Tell me about yourself. | self-introduction",
            "How would you design a slowly changing dimension? | conceptual",
            "How do you prioritise when everything is urgent? | working-style",
            "How do you like to be managed day to day? | working-style",
            "What sort of environment do you work best in? | working-style",
            "What drew you to this company? | motivation",
            "What's making you move on from your current job? | reason-for-leaving",
            // "your current role" alone does not make a question about leaving: a result or a description of the job asked
            // for in it is a story or the present of a self-introduction
            "What's the greatest contribution you've made in your current team? | behavioural",
            "Can you describe what you do in your present role? | self-introduction",
            "What does your current job involve, day to day? | self-introduction",
            "What's missing for you in your current job? | reason-for-leaving",
            "How would your next job differ compared with the one you have now? | reason-for-leaving",
            "What's making you look for a new role? | reason-for-leaving",
            "What is pushing you to leave? | reason-for-leaving",
            "Have you ever shipped a figure that turned out to be wrong? | mistake",
            "If you could go back and change one design decision, which would it be? | mistake",
            "Tell me about a time a release of yours caused problems downstream. | mistake",
            "When did you start looking for new roles? | reason-for-leaving",
            "What are you especially good at? | strengths",
            "Tell me about a release that broke in production. | mistake",
            "Which technical choice would you take back if you could? | mistake",
            "Walk me through how you would design a deduplication step for late events. | conceptual",
            "Imagine you're three months into the role: what have you done? | first-months",
            "How would you win the analysts' confidence in your first weeks? | first-months",
            // phrasings that once fell to the wrong rubric: a dispute, a weakest point, a design brief, a property of
            // the data handled, choosing among requests, a horizon in years, a one-minute introduction
            "Did a finance analyst ever dispute a figure from your model? | conflict",
            "Have you and a product owner ever clashed over a deadline? | conflict",
            "What happens when sales and marketing define churn differently? | conflict",
            "Which part of the stack are you weaker in? | weakness",
            "Design a job that loads invoices every night. | conceptual",
            "How do you deal with late-arriving events in a daily total? | conceptual",
            "How would you handle duplicates from a flaky webhook? | conceptual",
            "How do you decide which requests to pick up first? | working-style",
            "What would you like to be doing in three to five years? | motivation",
            "Why put your energy into this role rather than another? | motivation",
            "Give me the one-minute version of your career. | self-introduction",
            "What piece of work are you proudest of? | behavioural",
            "Which of your designs did you have to throw away? | mistake",
            "If the documentation is thin, how would you get up to speed? | first-months",
            "Walk me through how you'd make a slow dashboard query fast. | conceptual",
            "Which call you took last year would you now make differently? | mistake",
            "What do you do when an architect pushes back on your schema? | conflict",
            "Why now? You look settled and doing well where you are. | reason-for-leaving",
            "What should be different about your next role? | reason-for-leaving",
            "Why are you looking for a new role now? | reason-for-leaving",
    })
    void should_classify_the_notes_questions_and_common_phrasings(String question, String type) {
        // when
        QuestionReport report = classifier.classify(question);

        // then
        assertThat(report.type().wireName()).isEqualTo(type);
        assertThat(report.basis()).isEqualTo("cues");
        assertThat(report.cues()).allSatisfy(c -> assertThat(question.substring(c.start(), c.end())).isEqualTo(c.text()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Why TheyDo?", "why theydo", "So, why join TheyDo and not a bigger company?",
            "Why work at TheyDo?"})
    void should_read_why_the_company_as_motivation_when_the_company_is_known(String question) {
        // when
        QuestionReport report = classifier.classify(question, List.of("TheyDo"));

        // then
        assertThat(report.type()).isEqualTo(QuestionType.MOTIVATION);
        assertThat(report.basis()).isEqualTo("cues");
        assertThat(report.cues()).anySatisfy(c -> assertThat(c.text().toLowerCase()).startsWith("why").endsWith("theydo"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Why Kafka?", "Why TheyDoIt?", "What does TheyDo do, and why?"})
    void should_not_read_why_another_name_as_motivation(String question) {
        // when
        QuestionReport report = classifier.classify(question, List.of("TheyDo"));

        // then
        assertThat(report.type()).isNotEqualTo(QuestionType.MOTIVATION);
    }

    @ParameterizedTest
    @CsvSource({"Kafka?", "'   '"})
    void should_fall_back_to_conceptual_when_no_cue_matches(String question) {
        // when
        QuestionReport report = classifier.classify(question);

        // then
        assertThat(report.type()).isEqualTo(QuestionType.CONCEPTUAL);
        assertThat(report.basis()).isEqualTo("fallback");
        assertThat(report.cues()).isEmpty();
    }


    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Exactly-once or at-least-once: which one do you rely on in practice? | Exactly-once",
            "What breaks when you call a partner's API every night, and how do you protect yourself? | API",
            "Where do you put deduplication, and why there? | deduplication",
            "When is it fine to leave ingestion and modelling in one job? | ingestion"})
    void should_read_a_question_about_the_data_itself_as_conceptual_by_its_technical_words(String question, String cue) {
        // when
        QuestionReport report = classifier.classify(question);

        // then
        assertThat(report.type()).isEqualTo(QuestionType.CONCEPTUAL);
        assertThat(report.basis()).isEqualTo("cues");
        assertThat(report.cues()).extracting(Span::text).containsExactly(cue);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "How do you prioritise when several pipelines break on the same morning? | working-style",
            "Tell me about a time a pipeline you owned went wrong. | mistake"})
    void should_let_a_stronger_cue_win_over_a_technical_word(String question, String type) {
        // when
        QuestionReport report = classifier.classify(question);

        // then
        assertThat(report.type().wireName()).isEqualTo(type);
    }
    @ParameterizedTest
    @CsvSource({"Tell me about a time you led a project., 150, 300", "Tell me about a time you failed., 120, 260", "Why us?, 80, 180", "Any questions for us?, 10, 60"})
    void should_give_each_type_its_target_length(String question, int min, int max) {
        // when
        QuestionReport report = classifier.classify(question);

        // then
        assertThat(report.target().minWords()).isEqualTo(min);
        assertThat(report.target().maxWords()).isEqualTo(max);
        assertThat(report.target().minSeconds()).isEqualTo(Math.round(min * 60f / 140));
    }

    @Test
    void should_read_a_question_again_by_the_company_names_given_when_it_was_read_before_with_others() {
        // given: the reading of "Why Northwind?" is remembered for one company and asked for under another
        QuestionReport first = classifier.classify("Why Northwind?", List.of("Northwind"));

        // when
        QuestionReport again = classifier.classify("Why Northwind?", List.of("Northwind"));
        QuestionReport otherCompany = classifier.classify("Why Northwind?", List.of("TheyDo"));

        // then
        assertThat(again).isEqualTo(first);
        assertThat(first.type()).isEqualTo(QuestionType.MOTIVATION);
        assertThat(otherCompany.type()).isNotEqualTo(QuestionType.MOTIVATION);
    }
}
