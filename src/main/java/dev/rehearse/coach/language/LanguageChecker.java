package dev.rehearse.coach.language;

import dev.rehearse.coach.report.FindingKind;
import dev.rehearse.coach.report.LanguageIssue;
import dev.rehearse.coach.report.LanguageReport;
import dev.rehearse.coach.report.LanguageStatus;
import dev.rehearse.coach.text.DraftText;
import dev.rehearse.coach.text.Span;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.ResultCache;
import org.languagetool.rules.CategoryId;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.spelling.SpellingCheckRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Spelling and grammar through LanguageTool, offline. Loading takes seconds, so it happens on a
 * background thread from {@link #start}; until it is done (or if it failed) {@link #check} returns a
 * report that says the check was skipped and why, so no request ever waits for the load.
 *
 * <p>JLanguageTool instances are not thread-safe: the checker keeps a small pool and lends one
 * instance to one check at a time.
 */
public final class LanguageChecker {

    private static final Logger log = LoggerFactory.getLogger(LanguageChecker.class);
    private static final String WARM_UP = "I redesigned the pipeline into two stages so that failures stay isolated, "
            + "and the reports were ready before the team needed them.";
    /** How long a check waits for a pooled instance held by another check before giving up. */
    private static final Duration BORROW_TIMEOUT = Duration.ofSeconds(5);
    private static final int MAX_SUGGESTIONS = 3;

    private final EnglishVariant variant;
    private final String disabledReason;
    private final BlockingQueue<Pooled> pool;
    /** Every word the spelling rule must accept; instances catch up when they are next borrowed. */
    private volatile Set<String> accepted = Set.of();

    /** A pooled instance and the accepted words already given to its spelling rule. */
    private static final class Pooled {
        final JLanguageTool tool;
        Set<String> applied = Set.of();

        Pooled(JLanguageTool tool) {
            this.tool = tool;
        }

        void catchUp(Set<String> wanted) {
            if (applied == wanted) {
                return;
            }
            List<String> fresh = wanted.stream().filter(w -> !applied.contains(w)).toList();
            if (!fresh.isEmpty()) {
                for (Rule rule : tool.getAllActiveRules()) {
                    if (rule instanceof SpellingCheckRule spelling) {
                        spelling.addIgnoreTokens(fresh);
                    }
                }
            }
            applied = wanted;
        }
    }
    private final CountDownLatch loaded = new CountDownLatch(1);
    private final AtomicReference<String> failure = new AtomicReference<>();
    private volatile boolean ready;
    /** The American speller that forgives American spellings when either variant is right; null otherwise. */
    private volatile OtherSpelling otherSpelling;
    /** Loads LanguageTool; null for a disabled checker. */
    private Thread loader;

    private LanguageChecker(EnglishVariant variant, String disabledReason, int poolSize) {
        this.variant = variant;
        this.disabledReason = disabledReason;
        this.pool = new ArrayBlockingQueue<>(Math.max(1, poolSize));
    }

    /** A checker that never checks; reports say "skipped" with {@code reason}. */
    public static LanguageChecker disabled(EnglishVariant variant, String reason) {
        LanguageChecker c = new LanguageChecker(variant, reason, 1);
        c.loaded.countDown();
        return c;
    }

    /**
     * Starts loading LanguageTool on a background daemon thread and returns at once.
     *
     * @param acceptedWords names the spelling rule must accept (the knowledge folder's proper nouns, system names)
     * @param poolSize      how many checks may run at the same time (each instance holds its own state)
     * @param rules         LanguageTool rule ids and category ids to switch off
     */
    public static LanguageChecker start(EnglishVariant variant, Collection<String> acceptedWords, int poolSize,
                                        Collection<String> rules, Collection<String> categories) {
        LanguageChecker c = prepare(variant, acceptedWords, poolSize, rules, categories);
        c.startLoading();
        return c;
    }

    /**
     * As {@link #start}, but the load begins only at {@link #startLoading()}; until then checks say it is still
     * loading. The server starts it once it listens: on two cores the load would otherwise take a core from the
     * start-up, and no request waits for it anyway.
     */
    public static LanguageChecker prepare(EnglishVariant variant, Collection<String> acceptedWords, int poolSize,
                                          Collection<String> rules, Collection<String> categories) {
        LanguageChecker c = new LanguageChecker(variant, null, poolSize);
        Set<String> words = new java.util.HashSet<>(acceptedWords);
        words.addAll(TechnicalWords.all());
        c.accepted = Set.copyOf(words);
        List<String> offRules = List.copyOf(rules);
        List<String> offCategories = List.copyOf(categories);
        c.loader = new Thread(() -> c.load(offRules, offCategories, Math.max(1, poolSize)), "languagetool-loader");
        c.loader.setDaemon(true);
        return c;
    }

    /** Begins the background load of a {@link #prepare prepared} checker; does nothing after the first call. */
    public synchronized void startLoading() {
        if (loader != null && loader.getState() == Thread.State.NEW) {
            loader.start();
        }
    }

    private void load(List<String> offRules, List<String> offCategories, int poolSize) {
        long t0 = System.nanoTime();
        try {
            Language language = Languages.getLanguageForShortCode(variant.toolCode());
            if (variant == EnglishVariant.EITHER) {
                otherSpelling = new OtherSpelling();
            }
            for (int i = 0; i < poolSize; i++) {
                JLanguageTool lt = new JLanguageTool(language, null, new ResultCache(2_000));
                offRules.forEach(lt::disableRule);
                if (variant == EnglishVariant.EITHER) {
                    // the rule that suggests British forms for American ones ("color" → "colour")
                    lt.disableRule(OtherSpelling.BRITISH_REPLACE);
                }
                offCategories.forEach(c -> lt.disableCategory(new CategoryId(c)));
                Pooled pooled = new Pooled(lt);
                pooled.catchUp(accepted);
                // the first check loads the rules' data lazily; do it here, not in a request
                lt.check(WARM_UP);
                pool.add(pooled);
                if (i == 0) {
                    ready = true;
                    loaded.countDown();
                    log.info("Spelling and grammar check ready ({}) in {} ms", variant.code(), (System.nanoTime() - t0) / 1_000_000);
                }
            }
        } catch (Exception | LinkageError e) {
            String why = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            if (ready) {
                // the pool is smaller than asked but works
                log.warn("Could not load a further spelling and grammar checker: {}", why);
            } else {
                // the page shows this: the message, not the class name (that is in the log line)
                failure.set(e.getMessage() == null ? "the log has the details" : e.getMessage());
                log.warn("Spelling and grammar check unavailable: {}", why);
            }
        } finally {
            loaded.countDown();
        }
    }

    /**
     * Adds names the spelling rule must accept from now on (the knowledge folder changed). Instances
     * pick them up the next time a check borrows them, so no running check is disturbed.
     */
    public void accept(Collection<String> words) {
        synchronized (this) {
            Set<String> merged = new java.util.HashSet<>(accepted);
            if (merged.addAll(words)) {
                accepted = Set.copyOf(merged);
            }
        }
    }

    public EnglishVariant variant() {
        return variant;
    }

    public boolean isReady() {
        return ready;
    }

    /** Whether the checker may still become ready: prepared or loading, not disabled, failed or done. */
    public boolean isLoading() {
        return loaded.getCount() > 0;
    }

    /** Waits up to {@code timeout} for the load to finish; true when the checker is ready. For the CLI and tests. */
    public boolean awaitReady(Duration timeout) {
        try {
            loaded.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ready;
    }

    /** Checks the draft (markup masked), or says why it did not. */
    public LanguageReport check(DraftText draft) {
        if (disabledReason != null) {
            return LanguageReport.skipped(variant.code(), disabledReason);
        }
        if (failure.get() != null) {
            return LanguageReport.skipped(variant.code(), "the spelling and grammar checker failed to load (" + failure.get() + ")");
        }
        if (!ready) {
            // measured: 5 s on an idle machine, 12 to 49 s on a busy two-core one
            return LanguageReport.skipped(variant.code(), "the spelling and grammar checker is still loading; "
                    + "it can take up to a minute after start on a busy machine");
        }
        Pooled lt;
        try {
            lt = pool.poll(BORROW_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return LanguageReport.skipped(variant.code(), "the spelling and grammar check was interrupted");
        }
        if (lt == null) {
            return LanguageReport.skipped(variant.code(), "the spelling and grammar checker was busy with other drafts");
        }
        try {
            lt.catchUp(accepted);
            CheckedText.Part part = CheckedText.of(draft.view());
            return new LanguageReport(LanguageStatus.CHECKED, part.skipped(), variant.code(), issues(draft, lt.tool.check(part.text()), otherSpelling));
        } catch (Exception e) {
            log.warn("Spelling and grammar check failed on a draft: {}", e.toString());
            return LanguageReport.skipped(variant.code(), "the spelling and grammar check failed on this draft; the log has the details");
        } finally {
            pool.add(lt);
        }
    }

    private static List<LanguageIssue> issues(DraftText draft, List<RuleMatch> matches, OtherSpelling other) {
        List<LanguageIssue> out = new ArrayList<>();
        int spelling = 0;
        int grammar = 0;
        for (RuleMatch m : matches) {
            int from = m.getFromPos();
            int to = m.getToPos();
            if (from < 0 || to > draft.original().length() || to <= from) {
                continue;
            }
            boolean isSpelling = m.getRule() instanceof SpellingCheckRule || m.getRule().isDictionaryBasedSpellingRule()
                    || "TYPOS".equals(m.getRule().getCategory().getId().toString());
            String written = draft.original().substring(from, to);
            if (SpokenExceptions.isCode(draft.original(), from, to) || (isSpelling && other != null && other.accepts(written))) {
                continue;
            }
            FindingKind kind = isSpelling ? FindingKind.SPELLING : FindingKind.GRAMMAR;
            String id = kind.wireName() + "-" + (isSpelling ? ++spelling : ++grammar);
            List<String> suggestions = m.getSuggestedReplacements().stream().limit(MAX_SUGGESTIONS).toList();
            out.add(new LanguageIssue(id, kind, Span.of(draft.original(), from, to), m.getRule().getId(), plain(m.getMessage()), suggestions));
        }
        return out;
    }

    /** LanguageTool marks suggestions with tags; the report is plain text. */
    static String plain(String message) {
        return message == null ? "" : message.replace("<suggestion>", "\"").replace("</suggestion>", "\"").replaceAll("<[^>]{1,40}>", "");
    }
}
