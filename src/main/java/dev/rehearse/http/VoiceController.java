package dev.rehearse.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearse.voice.AudioMeasurer;
import dev.rehearse.voice.DeliveryCalculator;
import dev.rehearse.voice.DeliveryFigures;
import dev.rehearse.voice.DurationTarget;
import dev.rehearse.voice.Pause;
import dev.rehearse.voice.RecordingStore;
import dev.rehearse.voice.SpokenAnswers;
import dev.rehearse.voice.Timeline;
import dev.rehearse.voice.Transcriber;
import dev.rehearse.voice.TranscriptionOutcome;
import dev.rehearse.voice.VoiceSettings;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Voice practice: a spoken answer in, its transcript and delivery figures out. The page sends the timeline it
 * measured while recording; an API client may send the audio alone, and then what the audio's own format allows
 * is measured. The server must accept multipart bodies up to {@link #MAX_AUDIO_BYTES} on this route.
 */
public final class VoiceController {

    /** OpenAI's own upload limit, and about 10 minutes of the page's Opus at its usual rate many times over. */
    public static final long MAX_AUDIO_BYTES = 25L * 1024 * 1024;
    /** No interview answer runs longer; a longer one is a recording left running. */
    public static final long MAX_DURATION_MS = 10 * 60 * 1000;
    /** The timeline is a few numbers a pause; this is far more than any real one. */
    static final int MAX_TIMELINE_CHARS = 100_000;
    /** Room in a multipart body for the part headers, the timeline and the target around the recording itself. */
    static final long MULTIPART_ALLOWANCE = 2L * MAX_TIMELINE_CHARS;

    /** What the page shows when transcription is off: the settings that turn it on. */
    static final String HOW_TO_ENABLE = "To turn it on, start Rehearse with " + VoiceSettings.PROVIDER + "=openai and either"
            + " OPENAI_API_KEY (or " + VoiceSettings.API_KEY + ") for OpenAI, or " + VoiceSettings.BASE_URL
            + " pointing at a local whisper server such as http://localhost:8080/v1 with " + VoiceSettings.MODEL
            + " naming its model (see the README's voice section).";

    private final Optional<Transcriber> transcriber;
    private final RecordingStore recordings;
    private final SpokenAnswers spoken;

    /** With its own store of figures: for a server whose critique does not read them (tests of this controller). */
    public VoiceController(Optional<Transcriber> transcriber, RecordingStore recordings) {
        this(transcriber, recordings, new SpokenAnswers());
    }

    /**
     * @param transcriber empty when transcription is off ({@code REHEARSE_STT=none})
     * @param spoken      where each transcription's figures are kept for the critique of its draft
     */
    public VoiceController(Optional<Transcriber> transcriber, RecordingStore recordings, SpokenAnswers spoken) {
        this.transcriber = transcriber;
        this.recordings = recordings;
        this.spoken = spoken;
    }

    public void routes(JavalinDefaultRoutingApi routes) {
        routes.get("/api/voice", this::status);
        routes.post("/api/transcribe", this::transcribe);
        routes.delete("/api/recordings/{id}", this::deleteRecording);
    }

    /**
     * The transcript and figures, the id the critique of its draft takes, and the kept recording's id.
     *
     * @param spokenId    for the critique's {@code spokenId}: the server then judges the delivery by these figures
     * @param recordingId for {@code DELETE /api/recordings/{id}}; absent when nothing was kept
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TranscribeResponse(@JsonUnwrapped DeliveryFigures figures, String spokenId, String recordingId) {
    }

    /**
     * Whether a recording can become text here, for the page to say so before the candidate speaks.
     *
     * @param howToEnable the settings that turn transcription on; absent when it is on
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VoiceStatus(boolean transcription, boolean keepsRecordings, String howToEnable) {
    }

    /** GET /api/voice */
    public void status(Context ctx) {
        boolean on = transcriber.isPresent();
        ctx.json(new VoiceStatus(on, recordings.keeps(), on ? null : HOW_TO_ENABLE));
    }

    /** POST /api/transcribe, multipart: {@code audio}, optional {@code timeline} (JSON), {@code minSeconds}, {@code maxSeconds}. */
    public void transcribe(Context ctx) {
        if (transcriber.isEmpty()) {
            throw new ApiException(503, "transcription_off", "Transcription is not set up (" + VoiceSettings.PROVIDER
                    + "=none), so the recording was not sent anywhere. Type your answer instead, or set "
                    + VoiceSettings.PROVIDER + "=openai with a key or a local whisper server (" + VoiceSettings.BASE_URL + ").");
        }
        String contentType = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (!contentType.startsWith("multipart/form-data")) {
            throw new ApiException(415, "unsupported_media_type",
                    "send the recording as multipart/form-data with an 'audio' part (and the page's 'timeline')");
        }
        // refused before Jetty reads it: a body over Jetty's own multipart limit is a bare "bad multipart" error
        if (ctx.req().getContentLengthLong() > MAX_AUDIO_BYTES + MULTIPART_ALLOWANCE) {
            throw tooLarge("the request is " + megabytes(ctx.req().getContentLengthLong()) + "; the limit for a recording is 25 MB");
        }
        UploadedFile audio = part(ctx, "audio");
        if (audio == null) {
            throw ApiException.badRequest("the multipart part 'audio' is missing");
        }
        if (audio.size() > MAX_AUDIO_BYTES) {
            throw tooLarge("the recording is " + megabytes(audio.size()) + "; the limit is 25 MB");
        }
        if (audio.size() == 0) {
            throw ApiException.badRequest("the 'audio' part is empty: nothing was recorded");
        }
        String mimeType = audio.contentType() == null ? "" : audio.contentType().strip();
        if (!isAudio(mimeType)) {
            throw new ApiException(415, "unsupported_media_type", "the 'audio' part is "
                    + (mimeType.isEmpty() ? "of no stated type" : "'" + Params.shorten(mimeType) + "'")
                    + "; send an audio type such as audio/webm, audio/ogg, audio/wav or audio/mpeg");
        }
        DurationTarget target = target(ctx);
        Timeline sent = timeline(ctx);
        byte[] bytes = read(audio);
        String note = null;
        Timeline timeline = sent;
        if (timeline == null) {
            timeline = AudioMeasurer.measure(bytes).orElse(null);
            if (timeline == null) {
                note = "The length, pace and pauses were not measured: no timeline was sent and " + describe(mimeType)
                        + " audio cannot be decoded here.";
            } else if (timeline.pauses() == null) {
                note = "The pauses were not measured: " + describe(mimeType) + " audio cannot be decoded here.";
            }
        }
        if (timeline != null && timeline.durationMs() > MAX_DURATION_MS) {
            throw tooLarge("the recording lasts " + timeline.durationMs() / 1000 + " s; the limit is 10 minutes");
        }
        String recordingId = recordings.save(bytes, mimeType).orElse(null);
        TranscriptionOutcome outcome = transcriber.get().transcribe(bytes, mimeType);
        if (outcome instanceof TranscriptionOutcome.Failed failed) {
            throw failure(ctx, failed, recordingId);
        }
        String text = ((TranscriptionOutcome.Transcribed) outcome).text();
        DeliveryFigures figures = DeliveryCalculator.compute(text, timeline, target, note);
        ctx.json(new TranscribeResponse(figures, spoken.keep(figures), recordingId));
    }

    /** DELETE /api/recordings/{id} */
    public void deleteRecording(Context ctx) {
        String id = ctx.pathParam("id");
        if (!recordings.delete(id)) {
            throw ApiException.notFound("no kept recording with id '" + Params.shorten(id) + "'");
        }
        ctx.status(204);
    }

    private static ApiException failure(Context ctx, TranscriptionOutcome.Failed failed, String recordingId) {
        String kept = recordingId != null
                ? " The recording is kept (id " + recordingId + "); try again."
                : " The recording is still in the page; try again.";
        int status = switch (failed.kind()) {
            case RATE_LIMITED -> 429;
            case TIMEOUT -> 504;
            case AUTH, UNREACHABLE, SERVER_ERROR -> 502;
        };
        if (failed.retryAfter() != null) {
            ctx.header("Retry-After", String.valueOf(Math.max(1, (failed.retryAfter().toMillis() + 999) / 1000)));
        }
        return new ApiException(status, "transcription_failed", failed.note() + kept);
    }

    private static boolean isAudio(String mimeType) {
        String type = mimeType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        // browsers label an audio-only recording in a video container as video/webm or video/mp4 at times
        return type.startsWith("audio/") && type.length() > "audio/".length()
                || type.equals("video/webm") || type.equals("video/mp4") || type.equals("video/ogg");
    }

    private static String describe(String mimeType) {
        return mimeType.toLowerCase(Locale.ROOT).split(";")[0].strip();
    }

    private static DurationTarget target(Context ctx) {
        int min = seconds(ctx, "minSeconds", DurationTarget.DEFAULT.minSeconds());
        int max = seconds(ctx, "maxSeconds", DurationTarget.DEFAULT.maxSeconds());
        if (max < min) {
            throw ApiException.badRequest("'maxSeconds' (" + max + ") is below 'minSeconds' (" + min + ")");
        }
        return new DurationTarget(min, max);
    }

    private static int seconds(Context ctx, String name, int fallback) {
        String v = ctx.formParam(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            int s = Integer.parseInt(v.strip());
            if (s < 0 || s > MAX_DURATION_MS / 1000) {
                throw ApiException.badRequest("'" + name + "' must be between 0 and " + MAX_DURATION_MS / 1000 + ", got " + s);
            }
            return s;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("'" + name + "' must be a whole number of seconds, got '" + Params.shorten(v) + "'");
        }
    }

    /** The page's timeline, from a form field or a JSON file part; null when none was sent. */
    private static Timeline timeline(Context ctx) {
        String raw = ctx.formParam("timeline");
        if (raw == null) {
            UploadedFile part = part(ctx, "timeline");
            if (part != null) {
                if (part.size() > MAX_TIMELINE_CHARS) {
                    throw ApiException.badRequest("the 'timeline' part is over " + MAX_TIMELINE_CHARS + " bytes");
                }
                raw = new String(read(part), StandardCharsets.UTF_8);
            }
        }
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.length() > MAX_TIMELINE_CHARS) {
            throw ApiException.badRequest("the 'timeline' part is over " + MAX_TIMELINE_CHARS + " characters");
        }
        JsonNode node;
        try {
            node = dev.rehearse.service.Json.MAPPER.readTree(raw);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("the 'timeline' part is not JSON: expected {durationMs, speakingMs, pauses:[{startMs, durationMs}]}");
        }
        long duration = millis(node, "durationMs", "timeline");
        if (duration == 0) {
            throw ApiException.badRequest("'timeline.durationMs' is 0: nothing was recorded");
        }
        if (duration > MAX_DURATION_MS) {
            throw tooLarge("the recording lasts " + duration / 1000 + " s; the limit is 10 minutes");
        }
        long speaking = millis(node, "speakingMs", "timeline");
        if (speaking > duration) {
            throw ApiException.badRequest("'timeline.speakingMs' (" + speaking + ") is longer than 'timeline.durationMs' (" + duration + ")");
        }
        JsonNode pausesNode = node.path("pauses");
        if (!pausesNode.isMissingNode() && !pausesNode.isNull() && !pausesNode.isArray()) {
            throw ApiException.badRequest("'timeline.pauses' must be a list of {startMs, durationMs}");
        }
        List<Pause> pauses = new ArrayList<>();
        for (int i = 0; i < pausesNode.size(); i++) {
            String where = "timeline.pauses[" + i + "]";
            long start = millis(pausesNode.get(i), "startMs", where);
            long length = millis(pausesNode.get(i), "durationMs", where);
            if (start + length > duration) {
                throw ApiException.badRequest("'" + where + "' ends after the recording does");
            }
            pauses.add(new Pause(start, length));
        }
        return new Timeline(duration, speaking, pauses);
    }

    /** A part of the multipart body; a body Jetty cannot parse (cut short, or over its limit) is the client's fault. */
    private static UploadedFile part(Context ctx, String name) {
        try {
            return ctx.uploadedFile(name);
        } catch (Exception e) {
            // Javalin lets Jetty's checked ServletException through undeclared, so this catches Exception
            throw ApiException.badRequest("the multipart body could not be read: it is malformed, cut short, or over"
                    + " the limit of 25 MB for a recording");
        }
    }

    private static long millis(JsonNode node, String field, String where) {
        JsonNode v = node.path(field);
        if (!v.isNumber() || v.asDouble() < 0 || v.asDouble() > MAX_DURATION_MS * 10.0) {
            throw ApiException.badRequest("'" + where + "." + field + "' must be a number of milliseconds from 0");
        }
        return Math.round(v.asDouble());
    }

    private static byte[] read(UploadedFile file) {
        try (InputStream in = file.content()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("reading the uploaded " + file.filename(), e);
        }
    }

    private static ApiException tooLarge(String message) {
        return new ApiException(413, "payload_too_large", message);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
