package dev.rehearse.voice;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Who turns speech into text, chosen by {@code REHEARSE_STT}. */
public enum SttProvider {
    /** OpenAI or any server copying its {@code /v1/audio/transcriptions}: whisper.cpp, faster-whisper, LocalAI, vLLM. */
    OPENAI("openai"),
    /** No transcription: the candidate types the answer. */
    NONE("none");

    private final String wireName;

    SttProvider(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<SttProvider> fromWireName(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.wireName.equals(wanted)).findFirst();
    }

    public static String allWireNames() {
        return Arrays.stream(values()).map(SttProvider::wireName).collect(Collectors.joining(", "));
    }
}
