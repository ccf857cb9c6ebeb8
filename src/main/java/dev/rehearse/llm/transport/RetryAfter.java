package dev.rehearse.llm.transport;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How long a server asked us to wait: {@code retry-after-ms} (OpenAI), {@code retry-after} as
 * seconds or as an HTTP date (RFC 9110).
 */
public final class RetryAfter {

    private RetryAfter() {
    }

    public static Optional<Duration> from(Map<String, List<String>> headers, Instant now) {
        Optional<String> millis = header(headers, "retry-after-ms");
        if (millis.isPresent()) {
            Optional<Duration> d = parseMillis(millis.get());
            if (d.isPresent()) {
                return d;
            }
        }
        return header(headers, "retry-after").flatMap(v -> parse(v, now));
    }

    /** A {@code Retry-After} value: delay seconds (fractions tolerated) or an HTTP date. */
    public static Optional<Duration> parse(String value, Instant now) {
        String v = value.strip();
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            double seconds = Double.parseDouble(v);
            if (seconds < 0 || Double.isNaN(seconds) || Double.isInfinite(seconds)) {
                return Optional.empty();
            }
            return Optional.of(Duration.ofMillis(Math.round(seconds * 1000)));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration d = Duration.between(now, at);
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }

    private static Optional<Duration> parseMillis(String value) {
        try {
            double ms = Double.parseDouble(value.strip());
            return ms < 0 || Double.isNaN(ms) ? Optional.empty() : Optional.of(Duration.ofMillis(Math.round(ms)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> header(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey() != null && e.getKey().toLowerCase(Locale.ROOT).equals(name) && !e.getValue().isEmpty()) {
                return Optional.of(e.getValue().get(0));
            }
        }
        return Optional.empty();
    }
}
