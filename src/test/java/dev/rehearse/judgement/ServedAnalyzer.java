package dev.rehearse.judgement;

import dev.rehearse.coach.DraftAnalyzer;
import dev.rehearse.coach.KnowledgeVocabulary;
import dev.rehearse.coach.intent.IntentReaders;
import dev.rehearse.coach.intent.RecentVectors;
import dev.rehearse.coach.language.EnglishVariant;
import dev.rehearse.coach.language.LanguageChecker;
import dev.rehearse.coach.roles.MeaningReader;
import dev.rehearse.coach.roles.RoleModelCache;
import dev.rehearse.coach.roles.SentenceEmbedder;
import dev.rehearse.knowledge.KnowledgeLoader;
import dev.rehearse.search.MiniLmEmbedder;
import java.nio.file.Path;

/**
 * The draft analyzer as the server runs it: the bundled knowledge's vocabulary, and meaning (sentence roles,
 * closeness to the question) read with the real MiniLM model and the role classifier trained on the bundled
 * sentences. Only the spelling check is off, and the role model is trained in memory instead of cached on disk,
 * which gives the same model. Judging the rules without the classifier would measure a coach nobody is served.
 */
public final class ServedAnalyzer {

    private ServedAnalyzer() {
    }

    /** Built over {@code knowledge/} with the given embedding model. */
    public static DraftAnalyzer build(MiniLmEmbedder model) {
        return build(model, LanguageChecker.disabled(EnglishVariant.BRITISH, "not part of the judgement"));
    }

    /** As above with a spelling and grammar check, for timing the critique as served with it. */
    public static DraftAnalyzer build(MiniLmEmbedder model, LanguageChecker language) {
        KnowledgeVocabulary vocabulary = KnowledgeVocabulary.from(new KnowledgeLoader().load(Path.of("knowledge")));
        SentenceEmbedder sentences = RecentVectors.remembering(new SentenceEmbedder(model.modelId(), model::embedAll), 512);
        MeaningReader meaning = new MeaningReader(sentences, RoleModelCache.inMemory());
        meaning.warmUp();
        IntentReaders intent = IntentReaders.served(sentences);
        intent.warmUp();
        return new DraftAnalyzer(language, vocabulary, meaning, intent);
    }
}
