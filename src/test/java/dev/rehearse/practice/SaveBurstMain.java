package dev.rehearse.practice;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Saves attempts from several threads as fast as it can and prints {@code ACK <id> <thread> <seq>} for each
 * save that returned: the process's acknowledgement. Run by {@code AttemptStoreDurabilityTest} in its own JVM and
 * killed with SIGKILL mid-burst. The attempt of (run, thread, seq) is {@link #attemptFor}, so the killer can
 * check the stored content without being told it.
 *
 * <p>Arguments: data folder, number of threads, run name.
 */
public final class SaveBurstMain {

    /** Upper bound so a child whose parent died does not write forever. */
    private static final int MAX_PER_THREAD = 20_000;

    private SaveBurstMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path dataDir = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        String run = args[2];
        // Autoflush: an ACK line leaves the process as soon as it is printed.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        AttemptStore store = AttemptStore.inDataDir(dataDir);
        StoreStatus status = store.status();
        if (!status.available()) {
            out.println("UNAVAILABLE " + status.message());
            System.exit(2);
        }
        out.println("READY");
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Thread w = new Thread(() -> {
                for (int seq = 0; seq < MAX_PER_THREAD; seq++) {
                    Attempt saved = store.save(attemptFor(run, thread, seq));
                    out.println("ACK " + saved.id() + " " + thread + " " + seq);
                }
            }, "saver-" + t);
            w.start();
            workers.add(w);
        }
        for (Thread w : workers) {
            w.join();
        }
        store.close();
        out.println("DONE");
    }

    /**
     * A deterministic attempt of 1 to 12 KB, so a transaction spans several database pages and a kill can land
     * in the middle of writing one.
     */
    public static NewAttempt attemptFor(String run, int thread, int seq) {
        String unit = "Run " + run + ", thread " + thread + ", attempt " + seq + ": I rebuilt the pipeline 🚀 (数据, שלום). ";
        int repeats = 10 + (thread * 31 + seq * 17) % 110;
        String draft = unit.repeat(repeats);
        double score = 1 + (seq % 9) * 0.5;
        String report = "{\"overall\":" + score + ",\"run\":\"" + run + "\",\"thread\":" + thread + ",\"seq\":" + seq + "}";
        return new NewAttempt("burst-" + thread, "Burst question " + thread, draft, PracticeMode.CRITIQUE, report, score, "offline");
    }
}
