package dev.rehearse.practice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that moves on by a fixed step each time it is read, so saves get distinct, known times. */
final class SteppingClock extends Clock {
    private final AtomicLong nextMillis;
    private final long stepMillis;

    SteppingClock(Instant start, Duration step) {
        this.nextMillis = new AtomicLong(start.toEpochMilli());
        this.stepMillis = step.toMillis();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("UTC only");
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(nextMillis.getAndAdd(stepMillis));
    }
}
