package dev.rehearse.http;

/**
 * The body of {@code POST /api/ask}: {@code {question, company?}}; {@code company} (or {@code ?company=}) says whose
 * research the answer may draw on, the default company's otherwise.
 */
record AskBody(String question, String company) {

    static final String EXAMPLE = "{\"question\": \"...\"}";
}
