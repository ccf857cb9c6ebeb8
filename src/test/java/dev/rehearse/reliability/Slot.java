package dev.rehearse.reliability;

import dev.rehearse.testing.RawHttp;
import java.util.function.Function;

/**
 * One place an input can go: a query parameter, a path id, a JSON field, the whole body, a header. {@code place}
 * builds the request carrying the input's bytes there, everything else valid, so the input is what is tested.
 *
 * @param endpoint the route as a user would name it ("POST /api/critique/stream (SSE)")
 * @param where    the place within it ("?q=", "field draft", "body", "header Authorization")
 * @param guarded  whether the request goes to the server with an access token
 */
record Slot(String endpoint, String where, boolean guarded, Function<byte[], RawHttp.Request> place) {
}
