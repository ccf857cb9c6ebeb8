package dev.rehearse.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Where Rehearse listens, which folders it uses, and the access token that guards it.
 *
 * @param host         interface to bind ({@code REHEARSE_HOST}, default 127.0.0.1)
 * @param port         port to listen on ({@code REHEARSE_PORT}, default 7070; 0 picks a free one)
 * @param knowledgeDir the folder of notes and research ({@code REHEARSE_KNOWLEDGE}, default ./knowledge)
 * @param dataDir      derived data: index, database, caches ({@code REHEARSE_DATA_DIR}, default ./.rehearse)
 * @param accessToken  the token every request must carry ({@code REHEARSE_ACCESS_TOKEN}, or read from the file
 *                     named by {@code REHEARSE_ACCESS_TOKEN_FILE}); null when none is set, which is only allowed while
 *                     every address the host resolves to is a loopback one
 */
public record ServerSettings(String host, int port, Path knowledgeDir, Path dataDir, String accessToken) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;
    public static final String HOST_VARIABLE = "REHEARSE_HOST";
    public static final String PORT_VARIABLE = "REHEARSE_PORT";
    public static final String KNOWLEDGE_VARIABLE = "REHEARSE_KNOWLEDGE";
    public static final String DATA_DIR_VARIABLE = "REHEARSE_DATA_DIR";
    public static final String ACCESS_TOKEN_VARIABLE = "REHEARSE_ACCESS_TOKEN";
    public static final String ACCESS_TOKEN_FILE_VARIABLE = "REHEARSE_ACCESS_TOKEN_FILE";
    /** Long enough that guessing it over the network is hopeless. */
    public static final int MIN_TOKEN_LENGTH = 16;

    public ServerSettings {
        if (port < 0 || port > 65535) {
            throw new ConfigException("port must be between 0 and 65535, got " + port);
        }
        if (host == null || host.isBlank()) {
            throw new ConfigException("host must not be empty");
        }
        accessToken = accessToken == null || accessToken.isBlank() ? null : accessToken.strip();
        if (accessToken != null) {
            // the token travels in a cookie and a header, so it must be plain visible ASCII
            if (!accessToken.matches("[\\x21-\\x7e]+") || accessToken.contains(";") || accessToken.contains(",")) {
                throw new ConfigException(ACCESS_TOKEN_VARIABLE + " must be letters, digits and punctuation without"
                        + " spaces, commas or semicolons");
            }
            if (accessToken.length() < MIN_TOKEN_LENGTH) {
                throw new ConfigException(ACCESS_TOKEN_VARIABLE + " must be at least " + MIN_TOKEN_LENGTH
                        + " characters long, got " + accessToken.length());
            }
        }
        requireTokenUnlessLoopback(host, accessToken, HostAddresses.SYSTEM);
    }

    /**
     * Refuses to serve without a token on a host that is not this machine alone, judged by the addresses the host
     * resolves to through {@code resolver} (the constructor uses the system's), never by its spelling.
     */
    static void requireTokenUnlessLoopback(String host, String accessToken, HostAddresses.Resolver resolver) {
        if (accessToken == null && !HostAddresses.allLoopback(host, resolver)) {
            throw new ConfigException("binding to " + host + " lets other machines reach your notes (it is not, or does"
                    + " not resolve only to, a loopback address): set " + ACCESS_TOKEN_VARIABLE + " or "
                    + ACCESS_TOKEN_FILE_VARIABLE + " (or --access-token-file) to a secret of at least " + MIN_TOKEN_LENGTH
                    + " characters, or bind to 127.0.0.1");
        }
    }

    /** Settings without an access token: only for a server bound to this machine. */
    public ServerSettings(String host, int port, Path knowledgeDir, Path dataDir) {
        this(host, port, knowledgeDir, dataDir, null);
    }

    /**
     * Settings from flags (any may be null) over the environment over the defaults.
     */
    public static ServerSettings resolve(Env env, String hostFlag, Integer portFlag, Path knowledgeFlag, Path dataDirFlag) {
        return resolve(env, hostFlag, portFlag, knowledgeFlag, dataDirFlag, null);
    }

    /**
     * Settings from flags (any may be null) over the environment over the defaults. A value Rehearse cannot use fails
     * here, before anything is loaded, with a message naming the flag or variable it came from. The folders are
     * checked too: the knowledge folder must exist, the data folder may be missing (it is created) but not a file.
     */
    public static ServerSettings resolve(Env env, String hostFlag, Integer portFlag, Path knowledgeFlag, Path dataDirFlag,
                                         String accessTokenFlag) {
        return resolve(env, hostFlag, portFlag, knowledgeFlag, dataDirFlag, accessTokenFlag, null);
    }

    /**
     * As above, with the token also readable from a file ({@code --access-token-file} or
     * {@value #ACCESS_TOKEN_FILE_VARIABLE}), which keeps it out of the process list. A flag wins over the environment;
     * the token and a token file given at the same level are refused as ambiguous.
     */
    public static ServerSettings resolve(Env env, String hostFlag, Integer portFlag, Path knowledgeFlag, Path dataDirFlag,
                                         String accessTokenFlag, String accessTokenFileFlag) {
        String host = hostFlag != null ? hostFlag : env.get(HOST_VARIABLE, DEFAULT_HOST);
        if (host.isBlank()) {
            // only a flag can be blank: a blank variable counts as not set
            throw new ConfigException("--host must not be empty");
        }
        try {
            // fails now rather than after the model and the index have loaded; an address is not looked up
            InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new ConfigException((hostFlag != null ? "--host" : HOST_VARIABLE) + " names no known host: " + host);
        }
        int port = portFlag != null ? portFlag : env.getInt(PORT_VARIABLE, DEFAULT_PORT);
        if (port < 0 || port > 65535) {
            throw new ConfigException((portFlag != null ? "--port" : PORT_VARIABLE) + " must be between 0 and 65535, got " + port);
        }
        Path knowledge = knowledgeFlag != null ? knowledgeFlag : path(env, KNOWLEDGE_VARIABLE, "knowledge");
        String knowledgeSource = source(knowledgeFlag, "--knowledge", env, KNOWLEDGE_VARIABLE);
        if (!Files.exists(knowledge)) {
            throw new ConfigException("knowledge folder not found: " + knowledge + knowledgeSource);
        }
        if (!Files.isDirectory(knowledge)) {
            throw new ConfigException("knowledge folder " + knowledge + " is a file, not a folder" + knowledgeSource);
        }
        Path data = dataDirFlag != null ? dataDirFlag : path(env, DATA_DIR_VARIABLE, ".rehearse");
        if (Files.exists(data) && !Files.isDirectory(data)) {
            throw new ConfigException("data folder " + data + " is a file, not a folder"
                    + source(dataDirFlag, "--data-dir", env, DATA_DIR_VARIABLE));
        }
        String token = accessToken(env, accessTokenFlag, accessTokenFileFlag);
        return new ServerSettings(host, port, knowledge, data, token);
    }

    private static String accessToken(Env env, String flag, String fileFlag) {
        if (flag != null && fileFlag != null) {
            throw new ConfigException("give --access-token or --access-token-file, not both");
        }
        if (flag != null) {
            return flag;
        }
        if (fileFlag != null) {
            return TokenFile.read(fileFlag, "--access-token-file");
        }
        String value = env.get(ACCESS_TOKEN_VARIABLE).orElse(null);
        String file = env.get(ACCESS_TOKEN_FILE_VARIABLE).orElse(null);
        if (value != null && file != null) {
            throw new ConfigException("set " + ACCESS_TOKEN_VARIABLE + " or " + ACCESS_TOKEN_FILE_VARIABLE + ", not both");
        }
        return file != null ? TokenFile.read(file, ACCESS_TOKEN_FILE_VARIABLE) : value;
    }

    private static Path path(Env env, String variable, String fallback) {
        String value = env.get(variable, fallback);
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new ConfigException(variable + " is not a usable path: " + e.getReason());
        }
    }

    /** Where a folder setting came from, for the end of a message about it. */
    private static String source(Path flag, String flagName, Env env, String variable) {
        if (flag != null) {
            return " (set by " + flagName + ")";
        }
        if (env.get(variable).isPresent()) {
            return " (set by " + variable + ")";
        }
        return " (the default; choose another with " + flagName + " or " + variable + ")";
    }

    /** Whether the server only answers this machine: every address the host resolves to is a loopback one. */
    public boolean isLoopback() {
        return HostAddresses.allLoopback(host, HostAddresses.SYSTEM);
    }

    /** Whether requests must carry {@link #accessToken()}. */
    public boolean requiresToken() {
        return accessToken != null;
    }

    /** Never prints the token: settings end up in logs. */
    @Override
    public String toString() {
        return "ServerSettings[host=" + host + ", port=" + port + ", knowledgeDir=" + knowledgeDir + ", dataDir=" + dataDir
                + ", accessToken=" + (accessToken == null ? "none" : "set") + "]";
    }
}
