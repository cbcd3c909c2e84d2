package org.paniercommun.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.paniercommun.account.PasswordPolicy.Problem;
import org.paniercommun.account.PasswordPolicy.Refusal;

class PasswordPolicyTest {

    private static final List<String> COORDINATOR = List.of(Role.COORDINATOR);
    private static final List<String> HOUSEHOLD = List.of(Role.HOUSEHOLD);

    @Test
    void staffNeedTwelveCharactersAndHouseholdsEight() {
        assertEquals(Optional.of(new Refusal(Problem.TOO_SHORT, 12)), PasswordPolicy.check("ciboulette7", COORDINATOR));
        assertEquals(Optional.empty(), PasswordPolicy.check("ciboulette7!", COORDINATOR));
        assertEquals(Optional.of(new Refusal(Problem.TOO_SHORT, 8)), PasswordPolicy.check("radis7!", HOUSEHOLD));
        assertEquals(Optional.empty(), PasswordPolicy.check("radis7!x", HOUSEHOLD));
        assertEquals(Optional.of(new Refusal(Problem.TOO_SHORT, 8)), PasswordPolicy.check(null, HOUSEHOLD));
    }

    @Test
    void anyRoleOtherThanHouseholdIsStaff() {
        for (String role : List.of(Role.VOLUNTEER, Role.PRODUCER, Role.REFERRER, Role.COORDINATOR)) {
            assertEquals(12, PasswordPolicy.minLength(List.of(role)), role);
            assertEquals(12, PasswordPolicy.minLength(List.of(Role.HOUSEHOLD, role)), role);
        }
        assertEquals(8, PasswordPolicy.minLength(HOUSEHOLD));
    }

    @Test
    void lengthCountsCharactersNotBytes() {
        // 8 characters, 16 bytes: long enough for a household.
        assertEquals(Optional.empty(), PasswordPolicy.check("éàèùçôîë", HOUSEHOLD));
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        assertEquals(Optional.of(new Refusal(Problem.COMMON, 0)), PasswordPolicy.check("12345678", HOUSEHOLD));
        assertEquals(Optional.of(new Refusal(Problem.COMMON, 0)), PasswordPolicy.check("PassWord1", HOUSEHOLD));
        assertEquals(Optional.of(new Refusal(Problem.COMMON, 0)), PasswordPolicy.check("qwertyuiop123", COORDINATOR));
        assertTrue(PasswordPolicy.commonListSize() >= 10_000, "at least 10,000 common passwords");
    }

    @Test
    void moreThanSeventyTwoBytesIsRefusedNotCut() {
        assertEquals(Optional.empty(), PasswordPolicy.check("a".repeat(72), COORDINATOR));
        assertEquals(Optional.of(new Refusal(Problem.TOO_LONG, 72)), PasswordPolicy.check("a".repeat(73), COORDINATOR));
        // 36 characters of two bytes each: 72 bytes, accepted; one more character is 74 bytes.
        assertEquals(Optional.empty(), PasswordPolicy.check("é".repeat(36), COORDINATOR));
        assertEquals(Optional.of(new Refusal(Problem.TOO_LONG, 72)), PasswordPolicy.check("é".repeat(37), COORDINATOR));
        // 18 four-byte characters (emoji) = 72 bytes; 19 = 76.
        assertEquals(Optional.empty(), PasswordPolicy.check("🥕".repeat(18), HOUSEHOLD));
        assertEquals(Optional.of(new Refusal(Problem.TOO_LONG, 72)), PasswordPolicy.check("🥕".repeat(19), HOUSEHOLD));
    }
}
