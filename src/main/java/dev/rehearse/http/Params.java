package dev.rehearse.http;

import dev.rehearse.service.InputCheck;
import dev.rehearse.service.InvalidInputException;
import io.javalin.http.Context;

/** Reading query parameters with errors that name the parameter. */
final class Params {

    private Params() {
    }

    static String requiredText(Context ctx, String name, int maxLength) {
        try {
            return InputCheck.required(name, ctx.queryParam(name), maxLength);
        } catch (InvalidInputException e) {
            throw ApiException.badRequest(e.problem() == InvalidInputException.Problem.BLANK
                    ? "query parameter '" + name + "' must not be blank" : e.describe("query parameter '" + name + "'"));
        }
    }

    static int intInRange(Context ctx, String name, int fallback, int min, int max) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        int n;
        try {
            n = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("query parameter '" + name + "' must be a whole number between "
                    + min + " and " + max + ", got '" + shorten(value) + "'");
        }
        if (n < min || n > max) {
            throw ApiException.badRequest("query parameter '" + name + "' must be between " + min + " and " + max + ", got " + n);
        }
        return n;
    }

    static String optional(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** User text echoed in an error is cut short so a huge value cannot bloat the response. */
    static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
