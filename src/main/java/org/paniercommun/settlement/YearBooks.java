package org.paniercommun.settlement;

import java.util.List;

/**
 * The year's books of an antenna (comptes de l'année): the result of each round whose distribution fell in the year
 * (memberships paid on its distribution day and its stock movements included), plus the memberships paid at
 * another time, which belong to no round. Nothing is counted twice: a membership is either in a round or outside.
 *
 * @param rounds the year's rounds that reached closing, by first distribution day
 * @param membershipsInRounds memberships paid on the distribution day of one of these rounds (already in its result)
 * @param membershipsOutside memberships paid at another time during the year (by date paid), one line per kind
 * @param stockValueCents what the stock holds now, at purchase value
 */
public record YearBooks(long antennaId, String antenna, int year, List<RoundResult> rounds,
        List<RoundBooks.Line> membershipsInRounds, List<RoundBooks.Line> membershipsOutside, long stockValueCents) {

    /** One round's line: its result and whether its books balance. */
    public record RoundResult(long roundId, String name, String firstDay, String status, long resourcesCents,
            long usesCents, long resultCents, boolean balanced) {
    }

    public long roundsResultCents() {
        return rounds.stream().mapToLong(RoundResult::resultCents).reduce(0L, Math::addExact);
    }

    public long membershipsInRoundsCents() {
        return membershipsInRounds.stream().mapToLong(RoundBooks.Line::cents).reduce(0L, Math::addExact);
    }

    public long membershipsOutsideCents() {
        return membershipsOutside.stream().mapToLong(RoundBooks.Line::cents).reduce(0L, Math::addExact);
    }

    /** What the year gained (positive) or cost the association: rounds' results and memberships outside rounds. */
    public long resultCents() {
        return roundsResultCents() + membershipsOutsideCents();
    }

    /** Every round's books balance. */
    public boolean balanced() {
        return rounds.stream().allMatch(RoundResult::balanced);
    }
}
