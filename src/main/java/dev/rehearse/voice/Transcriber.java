package dev.rehearse.voice;

/** Turns a recording into the words said. */
public interface Transcriber {

    /**
     * @param audio    the recording, whole
     * @param mimeType its type as the client sent it ("audio/webm", "audio/wav")
     */
    TranscriptionOutcome transcribe(byte[] audio, String mimeType);
}
