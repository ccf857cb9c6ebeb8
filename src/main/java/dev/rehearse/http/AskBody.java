package dev.rehearse.http;

/** The body of {@code POST /api/ask}: {@code {question}}. */
record AskBody(String question) {

    static final String EXAMPLE = "{\"question\": \"...\"}";
}
