package dev.rehearse.llm.settings;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Takes an API key out of text a model server sent back. Servers and proxies echo a key in more forms
 * than the one we sent: lower- or upper-cased, Base64-encoded (a Basic header), URL-encoded, wrapped
 * across lines, or cut short. Each form is matched with any case and with whitespace allowed between its
 * characters, and any run of at least {@link #MIN_RUN} characters from its start counts as the key.
 */
public final class KeyRedactor {

    /** Shorter runs are too likely to be ordinary text; eight characters of a key are already a leak. */
    public static final int MIN_RUN = 8;
    static final String MASK = "[API key]";

    private final List<String> forms;

    public KeyRedactor(String key) {
        Set<String> all = new LinkedHashSet<>();
        all.add(key);
        all.add(URLEncoder.encode(key, StandardCharsets.UTF_8));
        all.add(percentEncoded(key));
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        for (int shift = 0; shift < 3; shift++) {
            String core = base64Core(bytes, shift);
            all.add(core);
            all.add(core.replace('+', '-').replace('/', '_'));
        }
        all.removeIf(f -> f.length() < MIN_RUN);
        this.forms = List.copyOf(all);
    }

    public String redact(String text) {
        String out = text;
        for (String form : forms) {
            out = redactRuns(out, form);
        }
        return out;
    }

    /** Every byte as %XX: a client that escapes everything, not only what it must. */
    private static String percentEncoded(String key) {
        StringBuilder sb = new StringBuilder();
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            sb.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
        }
        return sb.toString();
    }

    /**
     * The part of the Base64 of the key that does not depend on what surrounds it, when the key starts
     * {@code shift} bytes into a three-byte group (as in "user:key" inside a Basic header).
     */
    private static String base64Core(byte[] key, int shift) {
        byte[] padded = new byte[shift + key.length];
        System.arraycopy(key, 0, padded, shift, key.length);
        String encoded = Base64.getEncoder().withoutPadding().encodeToString(padded);
        int start = shift == 0 ? 0 : 4;
        int end = padded.length / 3 * 4;
        return start >= end ? "" : encoded.substring(start, end);
    }

    private static String redactRuns(String text, String form) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int end = runEnd(text, i, form);
            if (end > 0) {
                out.append(MASK);
                i = end;
            } else {
                out.append(text.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    /** Where a run of the form's leading characters that starts at {@code start} ends, or -1 if it is too short. */
    private static int runEnd(String text, int start, String form) {
        int t = start;
        int f = 0;
        int end = -1;
        while (t < text.length() && f < form.length()) {
            char c = text.charAt(t);
            if (f > 0 && Character.isWhitespace(c)) {
                t++;
                continue;
            }
            if (!sameIgnoringCase(c, form.charAt(f))) {
                break;
            }
            f++;
            t++;
            end = t;
        }
        return f >= MIN_RUN ? end : -1;
    }

    private static boolean sameIgnoringCase(char a, char b) {
        return a == b || Character.toLowerCase(a) == Character.toLowerCase(b);
    }
}
