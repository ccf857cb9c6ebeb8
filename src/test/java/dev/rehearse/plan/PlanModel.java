package dev.rehearse.plan;

import dev.rehearse.coach.roles.MeaningReader;
import dev.rehearse.coach.roles.RoleModelCache;
import dev.rehearse.coach.roles.SentenceEmbedder;
import dev.rehearse.knowledge.KnowledgeBase;
import dev.rehearse.knowledge.KnowledgeLoader;
import dev.rehearse.search.MiniLmEmbedder;
import dev.rehearse.testing.BundledKnowledge;
import java.nio.file.Path;

/** The real model reading for the planner's tests: the shared MiniLM and a role model trained in memory once. */
final class PlanModel {

    private static StoryFinder finder;

    private PlanModel() {
    }

    static synchronized StoryFinder finder() {
        if (finder == null) {
            MiniLmEmbedder m = BundledKnowledge.embedder();
            SentenceEmbedder embedder = new SentenceEmbedder(m.modelId(), m::embedAll);
            finder = new StoryFinder(new ModelMeaning(embedder, new MeaningReader(embedder, RoleModelCache.inMemory())));
        }
        return finder;
    }

    static KnowledgeBase bundled() {
        return load(BundledKnowledge.FOLDER);
    }

    static KnowledgeBase load(Path folder) {
        return new KnowledgeLoader().load(folder);
    }
}
