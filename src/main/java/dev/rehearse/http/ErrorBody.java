package dev.rehearse.http;

/** A client error: what is wrong, and with which field when there is one. */
public record ErrorBody(String error, String field) {
}
