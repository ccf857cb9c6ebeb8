package dev.rehearse.bench;

import dev.rehearse.coach.Coach;
import dev.rehearse.coach.DraftAnalyzer;
import dev.rehearse.coach.KnowledgeVocabulary;
import dev.rehearse.coach.LanguageCheckSetup;
import dev.rehearse.coach.language.EnglishVariant;
import dev.rehearse.coach.language.LanguageChecker;
import dev.rehearse.coach.text.DraftText;
import dev.rehearse.knowledge.KnowledgeBase;
import dev.rehearse.judgement.ServedAnalyzer;
import dev.rehearse.knowledge.KnowledgeLoader;
import dev.rehearse.text.Words;
import dev.rehearse.search.KnowledgeIndex;
import dev.rehearse.search.MiniLmEmbedder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Critique latency for a 300-word draft: the draft analysis as served (sentence roles and relevance read with the
 * MiniLM model, against the rules alone as a baseline in the same run) and the full critique (retrieval over the
 * bundled knowledge, grounding, company tie, follow-ups), with and without the spelling and grammar
 * check, and LanguageTool's own check time on the same drafts as the baseline measured in the same run. Every
 * iteration uses a different draft (a number in every sentence changes) so LanguageTool's sentence
 * cache cannot flatter the figures. Not a test: run it with the command in docs/benchmarks.md.
 */
public final class CritiqueBenchmark {

    private static final String QUESTION = "Tell me about a time you improved a slow data pipeline.";
    private static final String[] SENTENCES = {
        "Last year at Gopuff our nightly orders pipeline took {n} minutes and often missed the reporting deadline.",
        "The finance team relied on it every morning, so a late run meant {n} analysts waited for their dashboards.",
        "I was asked to get it under an hour without buying new infrastructure or adding {n} more nodes.",
        "I profiled each stage in Airflow and found that one full-table join in Snowflake took {n}% of the runtime.",
        "I rewrote it as an incremental dbt model keyed on order date, so each run only read the last {n} days of data.",
        "I also split the monolithic DAG into {n} smaller tasks so a failure could be retried on its own instead of rerunning everything.",
        "The trade-off was more moving parts to monitor, so I added row-count checks and a Slack alert for each of the {n} tasks.",
        "I kind of worried that the incremental logic would miss late orders, so I kept a weekly full refresh for {n} weeks as a safety net.",
        "I compared the outputs of both versions for {n} days before switching the dashboards over to the new model.",
        "As a result the runtime went from 4 hours to {n} minutes, and we have not missed the deadline since.",
        "Compute costs fell by {n}%, which paid for the monitoring work within the first quarter.",
        "The analysts basically stopped asking about data freshness, and support tickets about stale numbers dropped to {n} a month.",
        "What I learned is to measure before redesigning, because the join was {n} lines of code but most of the cost.",
        "Next time I would add the freshness alert first, since it would have shown the problem {n} weeks earlier.",
        "I now start every pipeline review by timing each stage, which took me {n} minutes on my last project.",
    };

    private CritiqueBenchmark() {
    }

    static String draft(int i) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < SENTENCES.length; k++) {
            sb.append(k == 0 ? "" : " ").append(SENTENCES[k].replace("{n}", Integer.toString(11 + (i * SENTENCES.length + k) % 9973)));
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        int fastRuns = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int slowRuns = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int coachRuns = args.length > 2 ? Integer.parseInt(args[2]) : 400;
        KnowledgeBase kb = new KnowledgeLoader().load(Path.of("knowledge"));
        KnowledgeVocabulary vocabulary = KnowledgeVocabulary.from(kb);
        System.out.printf(Locale.ROOT, "draft: %d words, %d cores, Java %s%n", Words.count(draft(0)),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));

        MiniLmEmbedder model = new MiniLmEmbedder();
        // the analysis as served reads sentence roles and relevance with the embedding model; the rules alone are
        // the baseline, timed alternately in the same run so outside load hits both alike
        DraftAnalyzer offline = ServedAnalyzer.build(model);
        DraftAnalyzer rules = new DraftAnalyzer(LanguageChecker.disabled(EnglishVariant.BRITISH, "benchmark"), vocabulary);
        long[][] pair = alternate(fastRuns, fastRuns / 4, i -> offline.analyze(QUESTION, draft(i)), i -> rules.analyze(QUESTION, draft(600_000 + i)));
        report("draft analysis, no language check", pair[0]);
        report("rules only, no model (baseline)", pair[1]);
        System.out.printf(Locale.ROOT, "ratio draft analysis / rules-only baseline (p50): %.2f%n", (double) percentile(pair[0], 50) / percentile(pair[1], 50));

        Path indexDir;
        try {
            indexDir = Files.createTempDirectory("rehearse-bench-index");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (KnowledgeIndex index = KnowledgeIndex.open(Path.of("knowledge"), indexDir, model)) {
            Coach coach = new Coach(offline, index);
            long[] coachWithout = time(coachRuns, coachRuns / 4, i -> coach.critique(QUESTION, draft(400_000 + i)));
            report("full critique (retrieval), no language check", coachWithout);
            runWithLanguageCheck(model, index, slowRuns);
        }
        System.out.printf(Locale.ROOT, "load average (1 min) at the end: %.2f%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** Two runs timed alternately, iteration by iteration: [first's sorted nanos, second's sorted nanos]. */
    private static long[][] alternate(int runs, int warmUp, Run first, Run second) {
        for (int i = 0; i < warmUp; i++) {
            first.apply(-1 - i);
            second.apply(-1 - i);
        }
        long[] a = new long[runs];
        long[] b = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            Object x = first.apply(i);
            long m = System.nanoTime();
            Object y = second.apply(i);
            long e = System.nanoTime();
            if (x == null || y == null) {
                throw new IllegalStateException("no result");
            }
            a[i] = m - t;
            b[i] = e - m;
        }
        Arrays.sort(a);
        Arrays.sort(b);
        return new long[][] {a, b};
    }

    private static void runWithLanguageCheck(MiniLmEmbedder model, KnowledgeIndex index, int slowRuns) {
        KnowledgeVocabulary vocabulary = KnowledgeVocabulary.from(index.knowledge());
        long t0 = System.nanoTime();
        LanguageChecker checker = LanguageCheckSetup.start(EnglishVariant.BRITISH, vocabulary);
        if (!checker.awaitReady(Duration.ofMinutes(3))) {
            System.out.println("LanguageTool did not load");
            return;
        }
        System.out.printf(Locale.ROOT, "LanguageTool ready after %d ms (background load)%n", (System.nanoTime() - t0) / 1_000_000);
        DraftAnalyzer checked = ServedAnalyzer.build(model, checker);
        Coach coach = new Coach(checked, index);
        Set<String> none = Set.of();
        // baseline and full critique alternate, so load from other processes and JIT drift hit both alike;
        // offsets keep them on different drafts, so the sentence cache never sees a repeat
        long[] ltOnly = new long[slowRuns];
        long[] with = new long[slowRuns];
        long[] full = new long[slowRuns];
        for (int i = -slowRuns / 4; i < slowRuns; i++) {
            long t = System.nanoTime();
            int issues = checker.check(DraftText.of(draft(100_000 + i), none)).issues().size();
            long a = System.nanoTime();
            int words = checked.analyze(QUESTION, draft(300_000 + i)).delivery().wordCount();
            long b = System.nanoTime();
            int followUps = coach.critique(QUESTION, draft(500_000 + i)).followUps().size();
            long end = System.nanoTime();
            if (issues < 0 || words == 0 || followUps == 0) {
                throw new IllegalStateException("no result");
            }
            if (i >= 0) {
                ltOnly[i] = a - t;
                with[i] = b - a;
                full[i] = end - b;
            }
        }
        Arrays.sort(ltOnly);
        Arrays.sort(with);
        Arrays.sort(full);
        report("LanguageTool check alone (baseline)", ltOnly);
        report("draft analysis with language check", with);
        report("full critique with language check", full);
        System.out.printf(Locale.ROOT, "ratio draft analysis with language check / baseline (p50): %.2f%n", (double) percentile(with, 50) / percentile(ltOnly, 50));
    }

    private interface Run {
        Object apply(int i);
    }

    private static long[] time(int runs, int warmUp, Run run) {
        Object sink = null;
        for (int i = 0; i < warmUp; i++) {
            sink = run.apply(-1 - i);
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            sink = run.apply(i);
            nanos[i] = System.nanoTime() - t;
        }
        if (sink == null) {
            throw new IllegalStateException("no result");
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static long percentile(long[] sorted, int p) {
        int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, idx))];
    }

    private static void report(String what, long[] sorted) {
        System.out.printf(Locale.ROOT, "%-40s n=%-5d p50 %7.2f ms   p99 %7.2f ms%n", what, sorted.length,
                percentile(sorted, 50) / 1e6, percentile(sorted, 99) / 1e6);
    }
}
