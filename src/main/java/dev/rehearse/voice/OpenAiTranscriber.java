package dev.rehearse.voice;

import dev.langchain4j.data.audio.Audio;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.model.audio.AudioTranscriptionRequest;
import dev.langchain4j.model.openai.OpenAiAudioTranscriptionModel;
import dev.rehearse.voice.TranscriptionOutcome.Failed;
import dev.rehearse.voice.TranscriptionOutcome.Kind;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Transcription through LangChain4j's OpenAI client, which speaks the {@code /v1/audio/transcriptions} format that
 * OpenAI and the local whisper servers share. Every failure becomes a {@link Failed} note; nothing is retried here,
 * because the page keeps the recording and the candidate chooses when to try again.
 */
public final class OpenAiTranscriber implements Transcriber {

    /**
     * Whisper writes fluent text unless its prompt shows disfluencies: with this it keeps the "um"s and restarts
     * that delivery coaching is about.
     */
    static final String DISFLUENT_PROMPT = "Umm, let me think like, hmm... Okay, here's what I'm, like, thinking. "
            + "So, uh, I— I rebuilt the, um, the pipeline, you know, kind of from scratch.";

    private static final Logger log = LoggerFactory.getLogger(OpenAiTranscriber.class);

    private final VoiceSettings settings;
    private final OpenAiAudioTranscriptionModel model;

    public OpenAiTranscriber(VoiceSettings settings) {
        if (!settings.enabled()) {
            throw new IllegalArgumentException("transcription is off (" + VoiceSettings.PROVIDER + "=none)");
        }
        this.settings = settings;
        // HTTP/1.1: local servers and test doubles handle the JDK's HTTP/2 upgrade badly (this builder is named
        // httpClientProvider in the transcription model of 1.19.0, httpClientBuilder in the chat models)
        HttpClient.Builder jdk = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1);
        this.model = OpenAiAudioTranscriptionModel.builder()
                .httpClientProvider(JdkHttpClient.builder()
                        .httpClientBuilder(new TranscriptionHttpClient.Builder(jdk, settings.timeout())))
                .baseUrl(settings.baseUrl())
                .apiKey(settings.apiKey())
                .modelName(settings.model())
                .timeout(settings.timeout())
                .maxRetries(0)
                .build();
    }

    @Override
    public TranscriptionOutcome transcribe(byte[] audio, String mimeType) {
        TranscriptionHttpClient.forgetRetryAfter();
        try {
            String text = model.transcribe(AudioTranscriptionRequest.builder()
                    .audio(Audio.builder().binaryData(audio).mimeType(mimeType).build())
                    .prompt(DISFLUENT_PROMPT)
                    .build()).text();
            return new TranscriptionOutcome.Transcribed(text == null ? "" : text.strip());
        } catch (RuntimeException e) {
            Failed failed = describe(e, TranscriptionHttpClient.takeRetryAfter());
            log.warn("Transcription failed ({}): {}", failed.kind(), failed.note());
            return failed;
        }
    }

    private Failed describe(Throwable error, Optional<Duration> retryAfter) {
        String who = "The transcription server (" + settings.displayUrl() + ")";
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpException http) {
                return fromStatus(http.statusCode(), who, retryAfter);
            }
            if (t instanceof HttpConnectTimeoutException || t instanceof ConnectException
                    || t instanceof UnresolvedAddressException || t instanceof java.net.UnknownHostException) {
                return new Failed(Kind.UNREACHABLE, "Could not connect to " + settings.displayUrl()
                        + ". Is the transcription server running, and is " + VoiceSettings.BASE_URL + " right?", null);
            }
            if (t instanceof HttpTimeoutException || t instanceof dev.langchain4j.exception.TimeoutException) {
                return new Failed(Kind.TIMEOUT, who + " did not answer within " + settings.timeout().toSeconds()
                        + " s (" + VoiceSettings.TIMEOUT + ").", null);
            }
        }
        log.debug("Unrecognised transcription failure: {}", settings.redact(String.valueOf(error)));
        return new Failed(Kind.SERVER_ERROR, who + " could not be used; the log has the details.", null);
    }

    private Failed fromStatus(int status, String who, Optional<Duration> retryAfter) {
        if (status == 401 || status == 403) {
            String what = settings.keySet() ? "rejected the API key" : "asks for an API key";
            return new Failed(Kind.AUTH, who + " " + what + " (HTTP " + status + "). Check " + VoiceSettings.API_KEY
                    + " (or " + VoiceSettings.OPENAI_API_KEY + ").", null);
        }
        if (status == 429) {
            String wait = retryAfter.map(d -> " It asked to wait " + Math.max(1, (d.toMillis() + 999) / 1000) + " s.")
                    .orElse("");
            return new Failed(Kind.RATE_LIMITED, who + " is rate limiting requests (HTTP 429)." + wait,
                    retryAfter.orElse(null));
        }
        if (status == 404) {
            return new Failed(Kind.SERVER_ERROR, who + " does not know the model \"" + settings.model()
                    + "\" or the transcription endpoint (HTTP 404). Check " + VoiceSettings.MODEL + " and "
                    + VoiceSettings.BASE_URL + ".", null);
        }
        if (status >= 500) {
            return new Failed(Kind.SERVER_ERROR, who + " had a server error (HTTP " + status + ").", null);
        }
        return new Failed(Kind.SERVER_ERROR, who + " refused the recording (HTTP " + status + ").", null);
    }
}
