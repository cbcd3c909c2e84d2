package org.paniercommun.round;

import java.util.Set;

/** Life of an order round (tournée): DRAFT → OPEN → CLOSED → DISTRIBUTED → SETTLED, or CANCELLED. */
public enum RoundStatus {
    DRAFT,
    OPEN,
    CLOSED,
    DISTRIBUTED,
    SETTLED,
    CANCELLED;

    public Set<RoundStatus> next() {
        return switch (this) {
            case DRAFT -> Set.of(OPEN, CANCELLED);
            case OPEN -> Set.of(CLOSED, CANCELLED);
            case CLOSED -> Set.of(DISTRIBUTED, CANCELLED);
            case DISTRIBUTED -> Set.of(SETTLED);
            case SETTLED, CANCELLED -> Set.of();
        };
    }

    public boolean canBecome(RoundStatus target) {
        return next().contains(target);
    }
}
