package dev.rehearse.practice;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the practice history lives and how long a write waits for a lock another program holds.
 *
 * @param databaseFile the SQLite file; its folder is created when missing
 * @param busyTimeout  how long a call waits for another connection's lock before failing with
 *                     {@link PracticeStoreException.Problem#LOCKED}; a request thread waits this long at most
 * @param clock        the time attempts are stamped with
 */
public record StoreOptions(Path databaseFile, Duration busyTimeout, Clock clock) {

    public static final String FILE_NAME = "practice.db";
    public static final Duration DEFAULT_BUSY_TIMEOUT = Duration.ofSeconds(3);

    public StoreOptions {
        Objects.requireNonNull(databaseFile, "databaseFile");
        databaseFile = databaseFile.toAbsolutePath().normalize();
        Objects.requireNonNull(busyTimeout, "busyTimeout");
        if (busyTimeout.isNegative() || busyTimeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("busyTimeout must be between 0 and " + Integer.MAX_VALUE + " ms");
        }
        Objects.requireNonNull(clock, "clock");
    }

    /** {@code <dataDir>/practice.db}, the default timeout and the system clock. */
    public static StoreOptions forDataDir(Path dataDir) {
        return new StoreOptions(dataDir.resolve(FILE_NAME), DEFAULT_BUSY_TIMEOUT, Clock.systemUTC());
    }

    public StoreOptions withBusyTimeout(Duration timeout) {
        return new StoreOptions(databaseFile, timeout, clock);
    }

    public StoreOptions withClock(Clock newClock) {
        return new StoreOptions(databaseFile, busyTimeout, newClock);
    }
}
