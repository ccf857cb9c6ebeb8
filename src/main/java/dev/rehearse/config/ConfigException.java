package dev.rehearse.config;

/** A setting has a value Rehearse cannot use; the message names the setting and is shown to the user. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
