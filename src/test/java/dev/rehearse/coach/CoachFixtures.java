package dev.rehearse.coach;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.rehearse.coach.language.EnglishVariant;
import dev.rehearse.coach.language.LanguageChecker;
import dev.rehearse.coach.report.DraftAnalysis;
import dev.rehearse.coach.report.Finding;
import dev.rehearse.knowledge.KnowledgeBase;
import dev.rehearse.knowledge.KnowledgeLoader;
import dev.rehearse.knowledge.PracticeQuestion;
import dev.rehearse.testing.BundledKnowledge;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The real knowledge folder, analyzers built on it, and the one LanguageTool load shared by every test class. */
final class CoachFixtures {

    static final Path KNOWLEDGE = Path.of("knowledge");
    private static KnowledgeBase knowledge;

    private CoachFixtures() {
    }

    static synchronized KnowledgeBase knowledge() {
        if (knowledge == null) {
            knowledge = new KnowledgeLoader().load(KNOWLEDGE);
        }
        return knowledge;
    }

    static KnowledgeVocabulary vocabulary() {
        return KnowledgeVocabulary.from(knowledge());
    }

    /** The analysis without a language check, with the knowledge folder's names. */
    static DraftAnalyzer analyzer() {
        return new DraftAnalyzer(LanguageChecker.disabled(EnglishVariant.BRITISH, "switched off in this test"), vocabulary());
    }

    /**
     * The analysis as above, with the notes the golden and ranking stories are told from added to the knowledge
     * (src/test/resources/coach/story-notes.txt): their figures are then backed, as a candidate's own are once noted.
     */
    static DraftAnalyzer analyzerWithStoryNotes() {
        return new DraftAnalyzer(LanguageChecker.disabled(EnglishVariant.BRITISH, "switched off in this test"),
                KnowledgeVocabulary.from(withNotes(STORY_NOTES, resource("/coach/story-notes.txt"))));
    }

    /** Where the stories' notes sit in the knowledge folder. */
    static final String STORY_NOTES = "candidate/story-notes.txt";

    /** The bundled knowledge with one more file of the candidate's notes. */
    static KnowledgeBase withNotes(String source, String text) {
        KnowledgeLoader loader = new KnowledgeLoader();
        return knowledge().with(source, loader.parse(dev.rehearse.knowledge.SourceFile.of(source,
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    }

    private static String resource(String name) {
        try (var in = CoachFixtures.class.getResourceAsStream(name)) {
            return new String(java.util.Objects.requireNonNull(in, name).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The British English checker loaded once for the whole test run (loading takes seconds). */
    static LanguageChecker loadedChecker() {
        return BundledKnowledge.languageChecker();
    }

    static PracticeQuestion notesQuestion(String startsWith) {
        String wanted = startsWith.toLowerCase(Locale.ROOT);
        return knowledge().questions().stream()
                .filter(q -> q.question().toLowerCase(Locale.ROOT).startsWith(wanted))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no question starting with \"" + startsWith + "\" in the notes"));
    }

    static ObjectMapper json() {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    static List<String> texts(List<? extends Finding> findings) {
        return findings.stream().map(f -> f.span().text()).toList();
    }

    /** Every finding's span quotes the draft exactly. */
    static void assertSpansQuoteDraft(DraftAnalysis a, String draft) {
        for (Finding f : a.allFindings()) {
            String actual = draft.substring(f.span().start(), f.span().end());
            if (!actual.equals(f.span().text())) {
                throw new AssertionError(f.id() + " quotes \"" + f.span().text() + "\" but the draft has \"" + actual + "\"");
            }
        }
        a.structure().sentences().forEach(s -> {
            if (!draft.substring(s.span().start(), s.span().end()).equals(s.span().text())) {
                throw new AssertionError(s.id() + " does not quote the draft");
            }
        });
    }
}
