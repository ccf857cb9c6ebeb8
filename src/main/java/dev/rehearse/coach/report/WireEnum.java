package dev.rehearse.coach.report;

import java.util.Locale;

/** Enum constants as they appear in JSON: lower case, words joined by hyphens. */
final class WireEnum {
    private WireEnum() {
    }

    static String name(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
