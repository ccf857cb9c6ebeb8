package dev.rehearse.bench;

import dev.rehearse.RehearseApp;
import dev.rehearse.coach.report.Critique;
import dev.rehearse.coach.report.QuestionReport;
import dev.rehearse.mock.AnswerReading;
import dev.rehearse.mock.Critic;
import dev.rehearse.mock.MockCompany;
import dev.rehearse.mock.MockInterview;
import dev.rehearse.mock.MockOptions;
import dev.rehearse.mock.MockSession;
import dev.rehearse.mock.MockStore;
import dev.rehearse.mock.OfflineInterviewer;
import dev.rehearse.mock.PlanMaker;
import dev.rehearse.practice.AttemptStore;
import dev.rehearse.search.KnowledgeIndex;
import dev.rehearse.search.MiniLmEmbedder;
import dev.rehearse.service.DraftRequest;
import dev.rehearse.service.RehearseService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The offline interviewer's turn over the bundled knowledge: the decision alone (follow up on which gap, or move
 * on, given the answer's critique) and the whole answer step a client waits for (the offline critique, the
 * decision, the attempt saved in the history, the session stored). Every iteration answers with a different
 * draft. Not a test: run it with the command in docs/benchmarks.md.
 */
public final class MockTurnBenchmark {

    private static final String ANSWER = "We rebuilt the ingestion pipeline at PayPal on Kafka and Spark in {n} weeks, and we moved"
            + " the batch jobs to streaming so that the analysts could see the payments data much sooner than before.";

    private MockTurnBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Path dir = Files.createTempDirectory("rehearse-bench-mock");
        System.out.printf(Locale.ROOT, "%d runs, %d cores, Java %s%n", runs, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        try (KnowledgeIndex index = KnowledgeIndex.open(Path.of("knowledge"), dir.resolve("index"), new MiniLmEmbedder());
             AttemptStore attempts = AttemptStore.inDataDir(dir);
             MockStore store = new MockStore(attempts)) {
            RehearseService service = RehearseApp.offline(index, attempts);
            Critic critic = new Critic() {
                @Override
                public Critique critique(String question, String answer) {
                    return service.critique(DraftRequest.of(question, answer)).offline();
                }

                @Override
                public QuestionReport classify(String question) {
                    return service.classify(question);
                }
            };
            AtomicInteger ids = new AtomicInteger();
            MockCompany company = new MockCompany(null, service.companyName().orElse(""), true, critic,
                    () -> new PlanMaker(index.knowledge().questions(), q -> service.classify(q).type(), service.companyName()),
                    index::knowledge, (q, a, c) -> dev.rehearse.service.MockService.keep(attempts, null, q, a, c));
            MockInterview interview = new MockInterview(store, asked -> company, Optional.empty(), Clock.systemUTC(),
                    () -> "bench-" + ids.incrementAndGet());
            OfflineInterviewer offline = new OfflineInterviewer();
            long[] decide = new long[runs];
            long[] step = new long[runs];
            for (int i = -runs / 4; i < runs; i++) {
                String answer = ANSWER.replace("{n}", Integer.toString(1000 + i));
                MockSession s = interview.start(new MockOptions(5, 1, null));
                String question = s.pending().text();
                Critique c = critic.critique(question, answer);
                long t0 = System.nanoTime();
                boolean followsUp = offline.followUp(s, answer, c, AnswerReading.ANSWERED).isPresent();
                long t1 = System.nanoTime();
                MockSession next = interview.answer(s.id(), answer, false);
                long t2 = System.nanoTime();
                if (!followsUp || next.pending() == null) {
                    throw new IllegalStateException("the interviewer did not follow up");
                }
                if (i >= 0) {
                    decide[i] = t1 - t0;
                    step[i] = t2 - t1;
                }
            }
            report("turn decision (given the critique)", decide);
            report("whole answer step (critique, decision, save)", step);
        }
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-46s p50 %8.3f ms   p90 %8.3f ms   p99 %8.3f ms%n", what,
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.9)] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6);
    }
}
