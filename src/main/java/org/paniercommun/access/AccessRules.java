package org.paniercommun.access;

import java.util.Collection;
import java.util.function.LongPredicate;
import org.paniercommun.account.Role;

/**
 * The one rule of scope (issue 21), without Quarkus so that unit tests drive it. A request may touch an object when
 * one of the roles it acts in (those both held and allowed by the operation) reaches the object's home:
 * <ul>
 * <li>a coordinator: the object's antenna is one it coordinates (a network coordinator: any);</li>
 * <li>a volunteer: the object's group is one of its groups; an object without a group (a round, an offer, the
 * catalogue, the fund) belongs to the antenna of one of its groups;</li>
 * <li>a household: its own household and orders; objects of its own group; a group-less object of its antenna;</li>
 * <li>a producer: its own products, offers and statements; group-less objects of its antenna; never a household;</li>
 * <li>a social referrer: the households it referred; the other objects of the antennas it works for (it registers
 * the households it refers in their groups).</li>
 * </ul>
 * Objects of the whole network (no antenna) are reached by every role the operation allows.
 */
final class AccessRules {

    private AccessRules() {
    }

    /**
     * @param roles      the roles the request acts in
     * @param referredBy whether the object's household was referred by this account (asked only for referrers)
     */
    public static boolean reaches(Reach reach, Collection<String> roles, Home home, LongPredicate referredBy) {
        for (String role : roles) {
            if (reaches(reach, role, home, referredBy)) {
                return true;
            }
        }
        return false;
    }

    static boolean reaches(Reach reach, String role, Home home, LongPredicate referredBy) {
        if (home.antenna() == null) {
            return true;
        }
        long antenna = home.antenna();
        return switch (role) {
            case Role.COORDINATOR -> reach.coordinates(antenna);
            case Role.VOLUNTEER -> home.group() != null
                    ? reach.volunteerGroups().contains(home.group())
                    : reach.volunteerAntennas().contains(antenna);
            case Role.HOUSEHOLD -> {
                if (reach.household() == null) {
                    yield false;
                }
                if (home.household() != null) {
                    yield home.household().equals(reach.household());
                }
                if (home.group() != null) {
                    yield home.group().equals(reach.householdGroup());
                }
                yield Long.valueOf(antenna).equals(reach.householdAntenna());
            }
            case Role.PRODUCER -> {
                if (reach.producer() == null || home.household() != null || home.group() != null) {
                    yield false;
                }
                if (home.producer() != null) {
                    yield home.producer().equals(reach.producer());
                }
                yield Long.valueOf(antenna).equals(reach.producerAntenna());
            }
            case Role.REFERRER -> home.household() != null
                    ? referredBy.test(home.household())
                    : reach.referrerAntennas().contains(antenna);
            default -> false;
        };
    }
}
