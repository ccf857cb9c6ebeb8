package dev.rehearse.http;

/**
 * The JSON body of every error the API returns: never a stack trace.
 *
 * @param status  the HTTP status, repeated for clients that only see the body
 * @param error   a short machine-readable code ("bad_request", "not_found", "payload_too_large")
 * @param message what went wrong, naming the parameter or field at fault
 */
public record ErrorResponse(int status, String error, String message) {
}
