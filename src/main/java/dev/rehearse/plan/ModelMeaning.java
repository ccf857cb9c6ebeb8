package dev.rehearse.plan;

import dev.rehearse.coach.roles.ClassifiedParts;
import dev.rehearse.coach.roles.DraftMeaning;
import dev.rehearse.coach.roles.MeaningReader;
import dev.rehearse.coach.roles.OutcomePatterns;
import dev.rehearse.coach.roles.SentenceEmbedder;
import java.util.ArrayList;
import java.util.List;

/**
 * The coach's reading of sentences, reused: its sentence-role classifier turned into STAR parts exactly as the
 * critique's structure check does (position, stated outcomes and the candidate's own deeds included), and the same embedding model.
 */
public final class ModelMeaning implements SentenceMeaning {

    /** The question type whose description the roles are read against: a story is what the planner looks for. */
    private static final String STORY_TYPE = "behavioural";

    private final SentenceEmbedder embedder;
    private final MeaningReader reader;

    public ModelMeaning(SentenceEmbedder embedder, MeaningReader reader) {
        this.embedder = embedder;
        this.reader = reader;
    }

    @Override
    public List<float[]> vectors(List<String> texts) {
        return embedder.embed(texts);
    }

    @Override
    public List<List<String>> starParts(String question, List<String> sentences) {
        DraftMeaning meaning = reader.read(question == null ? "" : question, STORY_TYPE, sentences);
        OutcomePatterns outcomes = OutcomePatterns.shared();
        List<List<String>> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            out.add(ClassifiedParts.star(meaning.roles().get(i), i, sentences.size(), outcomes.states(sentences.get(i)),
                    ClassifiedParts.deed(sentences.get(i))));
        }
        return out;
    }
}
