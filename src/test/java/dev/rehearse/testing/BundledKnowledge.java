package dev.rehearse.testing;

import dev.rehearse.coach.KnowledgeVocabulary;
import dev.rehearse.coach.LanguageCheckSetup;
import dev.rehearse.coach.language.EnglishVariant;
import dev.rehearse.coach.language.LanguageChecker;
import dev.rehearse.knowledge.KnowledgeLoader;
import dev.rehearse.search.KnowledgeIndex;
import dev.rehearse.search.MiniLmEmbedder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real embedding model, an index of the bundled knowledge folder and a loaded LanguageTool, each built once
 * per test JVM: loading the model and embedding the notes take a couple of seconds, and LanguageTool several,
 * that every test class would otherwise pay again. Every test that needs one of these takes it from here.
 */
public final class BundledKnowledge {

    public static final Path FOLDER = Path.of("knowledge");
    private static MiniLmEmbedder embedder;
    private static KnowledgeIndex index;
    private static LanguageChecker languageChecker;

    private BundledKnowledge() {
    }

    public static synchronized MiniLmEmbedder embedder() {
        if (embedder == null) {
            embedder = new MiniLmEmbedder();
        }
        return embedder;
    }

    /** A read-only index of {@code knowledge/}; tests that change knowledge build their own. */
    public static synchronized KnowledgeIndex index() {
        if (index == null) {
            try {
                Path dir = Files.createTempDirectory("rehearse-bundled-index");
                index = KnowledgeIndex.open(FOLDER, dir, embedder());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return index;
    }

    /**
     * British English spelling and grammar with the bundled folder's names as known words, as {@code serve} checks
     * drafts; loaded before this returns, so the first check is a real one.
     */
    public static synchronized LanguageChecker languageChecker() {
        if (languageChecker == null) {
            KnowledgeVocabulary vocabulary = KnowledgeVocabulary.from(new KnowledgeLoader().load(FOLDER));
            languageChecker = LanguageCheckSetup.start(EnglishVariant.BRITISH, vocabulary);
        }
        if (!languageChecker.awaitReady(Patience.ofSeconds(120))) {
            throw new IllegalStateException("LanguageTool did not load within 120 s");
        }
        return languageChecker;
    }
}
