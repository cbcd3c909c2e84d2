package org.paniercommun.access;

import java.util.Set;

/**
 * Where one account may act, read once per request: the antennas it coordinates ({@code allAntennas} for a network
 * coordinator), the groups it volunteers for and their antennas, its own household, its producer record, the
 * antennas it refers households in. An account may hold several roles; each role reaches only through its own part.
 *
 * @param coordinatedAntennas antennas coordinated (ignored when {@code allAntennas})
 * @param volunteerGroups     purchasing groups of a volunteer
 * @param volunteerAntennas   the antennas of those groups
 * @param household           the account's own household, or null
 * @param householdGroup      its group, or null
 * @param householdAntenna    its antenna, or null
 * @param producer            the producer record the account is, or null
 * @param producerAntenna     its antenna, or null
 * @param referrerAntennas    antennas a social referrer works for
 */
public record Reach(long accountId, boolean allAntennas, Set<Long> coordinatedAntennas, Set<Long> volunteerGroups,
        Set<Long> volunteerAntennas, Long household, Long householdGroup, Long householdAntenna, Long producer,
        Long producerAntenna, Set<Long> referrerAntennas) {

    /** Nobody: an anonymous request or an account that no longer exists. */
    public static final Reach NONE = new Reach(0, false, Set.of(), Set.of(), Set.of(), null, null, null, null, null,
            Set.of());

    public boolean coordinates(long antennaId) {
        return allAntennas || coordinatedAntennas.contains(antennaId);
    }
}
