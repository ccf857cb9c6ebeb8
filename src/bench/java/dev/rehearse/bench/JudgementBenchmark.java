package dev.rehearse.bench;

import dev.rehearse.coach.Coach;
import dev.rehearse.coach.DraftAnalyzer;
import dev.rehearse.coach.KnowledgeVocabulary;
import dev.rehearse.coach.language.EnglishVariant;
import dev.rehearse.coach.language.LanguageChecker;
import dev.rehearse.judgement.JudgementSet;
import dev.rehearse.judgement.PairwiseJudgement;
import dev.rehearse.knowledge.KnowledgeBase;
import dev.rehearse.knowledge.KnowledgeLoader;
import dev.rehearse.search.KnowledgeIndex;
import dev.rehearse.search.MiniLmEmbedder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How often the coach prefers the strong answer of each (question, weak, strong) triple of the judgement set
 * (src/test/resources/judgement): pairwise accuracy overall, per type and on the length-matched pairs, the mean
 * margin, the score distributions and the caps fired. Argument {@code analysis} (default) scores the draft
 * analysis against the bundled knowledge's vocabulary, no model; {@code full} scores the full critique with
 * retrieval and the company tie (loads MiniLM). Not a test: the targets are asserted by JudgementTargetsTest.
 */
public final class JudgementBenchmark {

    private JudgementBenchmark() {
    }

    public static void main(String[] args) {
        String mode = args.length > 0 ? args[0] : "analysis";
        KnowledgeBase kb = new KnowledgeLoader().load(Path.of("knowledge"));
        KnowledgeVocabulary vocabulary = KnowledgeVocabulary.from(kb);
        DraftAnalyzer analyzer = new DraftAnalyzer(LanguageChecker.disabled(EnglishVariant.BRITISH, "benchmark"), vocabulary);
        if (mode.equals("full")) {
            Path dir;
            try {
                dir = Files.createTempDirectory("rehearse-judgement-index");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try (KnowledgeIndex index = KnowledgeIndex.open(Path.of("knowledge"), dir, new MiniLmEmbedder())) {
                Coach coach = new Coach(analyzer, index);
                System.out.println("mode: full critique (retrieval, company tie), no language check");
                System.out.print(PairwiseJudgement.run(JudgementSet.triples(), (q, a) -> coach.critique(q, a).scores()).report());
            }
        } else {
            System.out.println("mode: draft analysis with the bundled knowledge's vocabulary, no language check");
            System.out.print(PairwiseJudgement.run(JudgementSet.triples(), (q, a) -> analyzer.analyze(q, a).scores()).report());
        }
    }
}
