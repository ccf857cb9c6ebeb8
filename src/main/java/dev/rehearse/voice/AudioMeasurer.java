package dev.rehearse.voice;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * The timeline of a recording sent without one (an API client rather than the page), measured from the audio
 * itself: the length from the header where the format gives it (WAV, AIFF, AU), and the pauses from the decoded
 * samples. The browser's own formats (WebM and Ogg with Opus) cannot be read by the JDK, so for those nothing is
 * measured and the caller says so.
 */
public final class AudioMeasurer {

    /** Long enough to see a syllable's energy, short enough to place a pause to within a few tens of ms. */
    static final int WINDOW_MS = 20;
    /** Speech is measured against the recording's own loud part, so a quiet microphone works as well as a loud one. */
    private static final double SPEECH_PERCENTILE = 0.95;
    private static final double NOISE_PERCENTILE = 0.10;
    /** 30 dB under the speech level: the fading end of a word still counts as speech. */
    private static final double RELATIVE_THRESHOLD = 0.0316;
    /** A noisy room: silence must also be clearly quieter than the room's own hum. */
    private static final double NOISE_MARGIN = 3.0;
    /** Below about -60 dBFS throughout, nothing was said at all. */
    private static final double SILENT_RECORDING = 0.001;

    private AudioMeasurer() {
    }

    /** The timeline, with pauses where the samples decode, or empty when the format is not one the JDK reads. */
    public static Optional<Timeline> measure(byte[] audio) {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(audio))) {
            AudioFormat format = in.getFormat();
            long frames = in.getFrameLength();
            Optional<double[]> windows = windowLevels(in, format);
            if (windows.isPresent()) {
                int windowCount = windows.get().length;
                long durationMs = frames > 0 ? Math.round(frames * 1000.0 / format.getFrameRate()) : (long) windowCount * WINDOW_MS;
                return Optional.of(timeline(windows.get(), durationMs));
            }
            if (frames > 0 && format.getFrameRate() > 0) {
                return Optional.of(Timeline.lengthOnly(Math.round(frames * 1000.0 / format.getFrameRate())));
            }
            return Optional.empty();
        } catch (UnsupportedAudioFileException | IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Speech and silence from the loudness of each window; see the constants for the thresholds. */
    static Timeline timeline(double[] rms, long durationMs) {
        if (rms.length == 0) {
            return new Timeline(durationMs, 0L, List.of());
        }
        double[] sorted = rms.clone();
        Arrays.sort(sorted);
        double speech = sorted[(int) Math.min(sorted.length - 1, Math.floor(sorted.length * SPEECH_PERCENTILE))];
        double noise = sorted[(int) Math.floor(sorted.length * NOISE_PERCENTILE)];
        if (speech < SILENT_RECORDING) {
            return new Timeline(durationMs, 0L, List.of());
        }
        double threshold = Math.min(speech * 0.5, Math.max(speech * RELATIVE_THRESHOLD, noise * NOISE_MARGIN));
        int first = -1;
        int last = -1;
        for (int i = 0; i < rms.length; i++) {
            if (rms[i] >= threshold) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        List<Pause> pauses = new ArrayList<>();
        long paused = 0;
        int runStart = -1;
        for (int i = first; i <= last; i++) {
            boolean silent = rms[i] < threshold;
            if (silent && runStart < 0) {
                runStart = i;
            } else if (!silent && runStart >= 0) {
                long length = (long) (i - runStart) * WINDOW_MS;
                if (length >= Pause.MIN_MS) {
                    pauses.add(new Pause((long) runStart * WINDOW_MS, length));
                    paused += length;
                }
                runStart = -1;
            }
        }
        long speaking = (long) (last - first + 1) * WINDOW_MS - paused;
        return new Timeline(durationMs, speaking, pauses);
    }

    /** The RMS level (0 to 1) of each window of the mixed-down signal, or empty when it cannot be decoded. */
    private static Optional<double[]> windowLevels(AudioInputStream in, AudioFormat format) throws IOException {
        AudioFormat pcm = new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, format.getSampleRate(), 16,
                format.getChannels(), format.getChannels() * 2, format.getSampleRate(), false);
        AudioInputStream decoded;
        if (matches(format, pcm)) {
            decoded = in;
        } else if (AudioSystem.isConversionSupported(pcm, format)) {
            decoded = AudioSystem.getAudioInputStream(pcm, in);
        } else {
            return Optional.empty();
        }
        int channels = pcm.getChannels();
        int framesPerWindow = Math.max(1, Math.round(pcm.getSampleRate() * WINDOW_MS / 1000f));
        byte[] buffer = new byte[framesPerWindow * pcm.getFrameSize()];
        List<Double> levels = new ArrayList<>();
        int n;
        while ((n = readFully(decoded, buffer)) > 0) {
            int frames = n / pcm.getFrameSize();
            double sum = 0;
            for (int f = 0; f < frames; f++) {
                double mixed = 0;
                for (int c = 0; c < channels; c++) {
                    int at = (f * channels + c) * 2;
                    mixed += (short) ((buffer[at] & 0xff) | (buffer[at + 1] << 8)) / 32768.0;
                }
                mixed /= channels;
                sum += mixed * mixed;
            }
            if (frames > 0) {
                levels.add(Math.sqrt(sum / frames));
            }
        }
        return Optional.of(levels.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static boolean matches(AudioFormat format, AudioFormat pcm) {
        return format.getEncoding().equals(AudioFormat.Encoding.PCM_SIGNED) && format.getSampleSizeInBits() == 16
                && !format.isBigEndian();
    }

    private static int readFully(InputStream in, byte[] buffer) throws IOException {
        int total = 0;
        while (total < buffer.length) {
            int n = in.read(buffer, total, buffer.length - total);
            if (n < 0) {
                break;
            }
            total += n;
        }
        return total;
    }
}
