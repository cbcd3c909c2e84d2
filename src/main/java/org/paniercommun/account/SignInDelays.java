package org.paniercommun.account;

import java.time.Duration;
import java.time.Instant;

/**
 * How long sign-ins wait after failures: nothing until {@code limit} failures within the window, then
 * {@code firstWait} after the last failure, doubled at each further failure and capped at {@code maxWait}. Failures
 * older than the window no longer count, so a wait never lasts longer than {@code maxWait}: never a lock-out.
 */
public record SignInDelays(int limit, Duration firstWait, Duration maxWait) {

    /** The wait after {@code failures} failures in the window (zero under the limit). */
    public Duration waitAfter(long failures) {
        if (failures < limit) {
            return Duration.ZERO;
        }
        long doublings = Math.min(failures - limit, 30);
        Duration wait = firstWait.multipliedBy(1L << doublings);
        return wait.compareTo(maxWait) > 0 ? maxWait : wait;
    }

    /** When a new attempt may be made, given the failures in the window and the last one's time (MIN: now). */
    public Instant retryAt(long failures, Instant lastFailure) {
        return lastFailure == null || failures < limit ? Instant.MIN : lastFailure.plus(waitAfter(failures));
    }
}
