package dev.rehearse.bench;

import dev.rehearse.coach.Coach;
import dev.rehearse.coach.DraftAnalyzer;
import dev.rehearse.coach.KnowledgeVocabulary;
import dev.rehearse.coach.language.EnglishVariant;
import dev.rehearse.coach.language.LanguageChecker;
import dev.rehearse.judgement.JudgementSet;
import dev.rehearse.judgement.PairwiseJudgement;
import dev.rehearse.judgement.ServedAnalyzer;
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
 * analysis as served (the bundled knowledge's vocabulary, MiniLM sentence roles and relevance); {@code rules} the
 * same without the model's reading; a second argument {@code tune} or {@code held-out} keeps the odd- or the
 * even-numbered triples, so rules can be tuned on one half and checked on the other; {@code full} scores the full critique with
 * retrieval and the company tie (loads MiniLM); {@code types} how often the questions are read as their labelled type
 * (by the cue words, by the meaning, as served, with the meaning free to overrule); {@code explain} prints the scores of
 * the named triples, ids, types or failure modes, criterion by criterion ({@code missed} adds the criteria not earned).
 * An argument {@code set=PATH}, anywhere, judges the triples in that
 * file instead (e.g. {@code set=src/test/resources/judgement-holdout/triples.jsonl}, the set nobody tunes on); the
 * halves then do not apply. Not a test: the targets are asserted by JudgementTargetsTest.
 */
public final class JudgementBenchmark {

    private JudgementBenchmark() {
    }

    public static void main(String[] arguments) {
        String setArg = java.util.Arrays.stream(arguments).filter(a -> a.startsWith("set=")).findFirst().orElse(null);
        Path set = setArg == null ? null : Path.of(setArg.substring("set=".length()));
        String[] args = java.util.Arrays.stream(arguments).filter(a -> !a.startsWith("set=")).toArray(String[]::new);
        java.util.List<dev.rehearse.judgement.JudgedTriple> triples =
                set == null ? JudgementSet.triples() : dev.rehearse.judgement.TripleFile.read(set);
        String mode = args.length > 0 ? args[0] : "analysis";
        KnowledgeBase kb = new KnowledgeLoader().load(Path.of("knowledge"));
        KnowledgeVocabulary vocabulary = KnowledgeVocabulary.from(kb);
        DraftAnalyzer analyzer = mode.equals("rules")
                ? new DraftAnalyzer(LanguageChecker.disabled(EnglishVariant.BRITISH, "benchmark"), vocabulary)
                : ServedAnalyzer.build(new MiniLmEmbedder());
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
                System.out.print(PairwiseJudgement.run(triples, (q, a) -> coach.critique(q, a).scores()).report());
            }
        } else if (mode.equals("types")) {
            // how often the question is read as the type its triple is labelled with, by the cue words alone, by the
            // meaning alone, as served (the meaning where no cue matched) and with the meaning free to overrule weak
            // cues; system-design and stakeholder have no rubric of their own, so they are left out
            var embedder = new dev.rehearse.coach.roles.SentenceEmbedder("minilm", new MiniLmEmbedder()::embedAll);
            var reader = dev.rehearse.coach.intent.QuestionTypeReader.bundled(embedder);
            var rules = dev.rehearse.coach.CoachRules.shared();
            var cues = new dev.rehearse.coach.QuestionClassifier(rules);
            var served = new dev.rehearse.coach.QuestionClassifier(rules, reader, false);
            var free = new dev.rehearse.coach.QuestionClassifier(rules, reader, true);
            java.util.Map<String, Integer> misread = new java.util.TreeMap<>();
            int[] agreed = new int[4];
            int counted = 0;
            for (var t : triples) {
                if (t.type().equals("system-design") || t.type().equals("stakeholder")) {
                    continue;
                }
                counted++;
                String[] read = {cues.classify(t.question()).type().wireName(),
                        reader.read(t.question()).map(r -> r.type().wireName()).orElse("-"),
                        served.classify(t.question()).type().wireName(), free.classify(t.question()).type().wireName()};
                for (int i = 0; i < 4; i++) {
                    agreed[i] += read[i].equals(t.type()) ? 1 : 0;
                }
                if (!read[2].equals(t.type())) {
                    misread.merge(t.type() + " read as " + read[2], 1, Integer::sum);
                }
            }
            System.out.printf("question types read as labelled, of %d: cues %d, meaning %d, served %d, free %d%n",
                    counted, agreed[0], agreed[1], agreed[2], agreed[3]);
            if (!java.util.Arrays.asList(args).contains("quiet")) {
                misread.forEach((k, v) -> System.out.printf("  %2d  %s%n", v, k));
            }
        } else if (mode.equals("explain")) {
            // the scores of the named triples, dimension by dimension, with the concerns found: why a pair went wrong
            java.util.Set<String> ids = java.util.Set.of(args).stream().skip(0).collect(java.util.stream.Collectors.toSet());
            // "missed" among the names also prints the criteria an answer did not earn, as [0 …]
            boolean missed = ids.contains("missed");
            for (var t : triples) {
                if (!ids.contains(t.id()) && !ids.contains(t.failureMode()) && !ids.contains(t.type())) {
                    continue;
                }
                for (String which : new String[] {"weak", "strong"}) {
                    var a = analyzer.analyze(t.question(), which.equals("weak") ? t.weak() : t.strong());
                    StringBuilder sb = new StringBuilder();
                    sb.append(t.id()).append(' ').append(which).append(' ').append(a.question().type().wireName())
                            .append(" overall ").append(a.scores().overall()).append('\n');
                    a.scores().dimensions().forEach(d -> {
                        sb.append("   ").append(d.dimension().wireName()).append(' ').append(d.score()).append(':');
                        d.reasons().forEach(r -> sb.append(r.points() == 0 && !missed ? "" : " [" + r.points() + " " + r.reason() + "]"));
                        sb.append('\n');
                    });
                    a.scores().caps().forEach(c -> sb.append("   cap: ").append(c.reason()).append('\n'));
                    a.concerns().forEach(c -> sb.append("   concern ").append(c.rule()).append(' ')
                            .append(c.spans().stream().map(x -> x.text()).toList()).append('\n'));
                    System.out.print(sb);
                }
            }
        } else {
            System.out.println(mode.equals("rules") ? "mode: rules only (cue words, no meaning), no language check"
                    : "mode: draft analysis as served (MiniLM roles and relevance), no language check");
            String half = set != null ? set.toString() : args.length > 1 ? args[1] : "all";
            System.out.println("triples: " + half);
            System.out.print(PairwiseJudgement.run(set != null ? triples : JudgementSet.half(half), (q, a) -> analyzer.analyze(q, a).scores()).report());
        }
    }
}
