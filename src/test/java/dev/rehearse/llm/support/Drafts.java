package dev.rehearse.llm.support;

import dev.rehearse.llm.request.CoachRequest;
import dev.rehearse.llm.request.OfflineFacts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The candidate's own PayPal answer from the notes, and helpers for canned model output. */
public final class Drafts {

    public static final String PAYPAL_QUESTION =
            "Can you walk me through a data system you designed end-to-end, including the key decisions you made?";

    public static final String PAYPAL_DRAFT = """
            one project I worked on was rebuilding the PayPal ingestion pipeline for payments reporting. The business needed \
            accurate weekly consolidated payment data, but the existing solution was unreliable and only captured a single day \
            due to an API limitation. When I reviewed the API constraints, I discovered it only allowed single-day extraction. \
            So instead of continuing with a weekly monolithic load, I redesigned the system into two pipelines: a daily \
            ingestion pipeline that extracted and stored raw data and a seperate aggregation pipeline that consolidated those \
            daily files into a weekly output for downstream processing. The key decision was seperating ingestion from \
            aggregation. That improved failure isolation, simplified retries and reduced operational risk. The trade-off was \
            slightly more orchestration complexity, but the reliability gains justified it. As a result, we replaced an \
            unusable dataset with a trusted payments table that now supports accurate reporting on PayPal transactions, \
            including different PayPal payment types. It significantly improved confidence in payment-related KPIs.
            """;

    /**
     * The same PayPal answer as first spoken: hedged, and stopping before the result the notes give (the trusted
     * payments table), so the offline coach has hedges and facts from the notes to hand the model.
     */
    public static final String PAYPAL_SPOKEN_DRAFT = """
            I think one project I worked on was kind of rebuilding the PayPal ingestion pipeline for payments reporting. \
            The existing solution only captured a single day, because the API basically only allowed single-day extraction. \
            So I sort of redesigned the system into a daily ingestion pipeline and a separate aggregation pipeline that \
            consolidated the daily files into a weekly output. I think the key decision was separating ingestion from \
            aggregation, which improved failure isolation and simplified retries.
            """;

    private Drafts() {
    }

    public static CoachRequest paypal() {
        return new CoachRequest(PAYPAL_QUESTION, PAYPAL_DRAFT, new OfflineFacts("behavioural", List.of(
                "STAR: no measured result (\"significantly improved confidence\" has no number)",
                "STAR: no reflection or lesson",
                "Length: 178 words, about 76 s spoken (target 150-300 words)",
                "Spelling: \"seperate\", \"seperating\"",
                "Probe: You said \"That improved failure isolation, simplified retries and reduced operational risk\". What made a"
                        + " re-run safe: what stopped it writing the same rows twice? (Interviewers for a data role test every retry"
                        + " for idempotency: a re-run that duplicates rows is worse than a failure.)")));
    }

    public static String resource(String name) {
        try (InputStream in = Drafts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code text} cut into pieces of {@code size} characters, as a model's tokens arrive. */
    public static List<String> pieces(String text, int size) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i += size) {
            out.add(text.substring(i, Math.min(text.length(), i + size)));
        }
        return out;
    }
}
