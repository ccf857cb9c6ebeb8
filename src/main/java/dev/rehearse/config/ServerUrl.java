package dev.rehearse.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The base URL of a provider's server (a language model, a transcription service), as a setting names it. */
public final class ServerUrl {

    private ServerUrl() {
    }

    /**
     * {@code value} checked as an http:// or https:// URL with a host, without a trailing slash (the clients append
     * their own paths); otherwise a configuration error naming {@code variable}.
     */
    public static String checked(String variable, String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new ConfigException(variable + " must be an http:// or https:// URL, got \"" + value + "\"");
            }
        } catch (URISyntaxException e) {
            throw new ConfigException(variable + " must be an http:// or https:// URL, got \"" + value + "\"");
        }
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }

    /**
     * The URL as it may be shown: without a user name and password ({@code https://user:secret@host/v1}) or a query
     * ({@code ?api-key=…}), which some proxies take as credentials; null for null.
     */
    public static String display(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI u = new URI(url);
            if (u.getRawUserInfo() == null && u.getRawQuery() == null && u.getRawFragment() == null) {
                return url;
            }
            return new URI(u.getScheme(), null, u.getHost(), u.getPort(), u.getPath(), null, null).toString();
        } catch (URISyntaxException e) {
            return "(the configured server)";
        }
    }
}
