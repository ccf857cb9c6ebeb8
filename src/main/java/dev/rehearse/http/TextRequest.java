package dev.rehearse.http;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The body of the LLM routes; unknown fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
record TextRequest(String question, String draft) {
}
