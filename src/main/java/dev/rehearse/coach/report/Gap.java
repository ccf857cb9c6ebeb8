package dev.rehearse.coach.report;

/**
 * Something the answer lacks. It has no span (it is an absence); score reasons cite it by id.
 *
 * @param id      "gap-" and what is missing, e.g. "gap-result"
 * @param part    the missing part or quality
 * @param message what is missing and what to add
 */
public record Gap(String id, String part, String message) {
}
