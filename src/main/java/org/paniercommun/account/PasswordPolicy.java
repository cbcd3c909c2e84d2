package org.paniercommun.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must be. Staff (anyone holding a role other than household: coordinators, volunteers,
 * producers, social referrers) need at least {@value #STAFF_MIN_LENGTH} characters, households at least
 * {@value #HOUSEHOLD_MIN_LENGTH}; a password among the most common ones ({@code account/common-passwords.txt}, compared
 * without case) is refused, and so is one longer than bcrypt can hold ({@value #MAX_BYTES} bytes in UTF-8: bcrypt
 * ignores the rest, so a longer one is refused rather than cut without a word). Returns codes, not texts: the service
 * turns them into French messages.
 */
public final class PasswordPolicy {

    public static final int STAFF_MIN_LENGTH = 12;
    public static final int HOUSEHOLD_MIN_LENGTH = 8;
    /** What bcrypt reads of a password; the rest would be ignored. */
    public static final int MAX_BYTES = 72;

    static final String COMMON_LIST = "/account/common-passwords.txt";

    public enum Problem {
        /** Missing or shorter than {@link Refusal#limit()} characters. */
        TOO_SHORT,
        /** Longer than {@link Refusal#limit()} bytes in UTF-8. */
        TOO_LONG,
        /** One of the most common passwords. */
        COMMON
    }

    public record Refusal(Problem problem, int limit) {
    }

    private PasswordPolicy() {
    }

    /** Staff: any role other than household. A household that is also a volunteer is staff. */
    public static boolean isStaff(Collection<String> roles) {
        return roles.stream().anyMatch(role -> !Role.HOUSEHOLD.equals(role));
    }

    public static int minLength(Collection<String> roles) {
        return isStaff(roles) ? STAFF_MIN_LENGTH : HOUSEHOLD_MIN_LENGTH;
    }

    /** Why {@code password} cannot be the password of an account holding {@code roles}, or empty when it can. */
    public static Optional<Refusal> check(String password, Collection<String> roles) {
        int min = minLength(roles);
        if (password == null || password.codePointCount(0, password.length()) < min) {
            return Optional.of(new Refusal(Problem.TOO_SHORT, min));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(new Refusal(Problem.TOO_LONG, MAX_BYTES));
        }
        if (isCommon(password)) {
            return Optional.of(new Refusal(Problem.COMMON, 0));
        }
        return Optional.empty();
    }

    public static boolean isCommon(String password) {
        return CommonPasswords.SET.contains(password.toLowerCase(Locale.ROOT));
    }

    static int commonListSize() {
        return CommonPasswords.SET.size();
    }

    /** Read on first use (20,000 lines, about 1 MB in memory). */
    private static final class CommonPasswords {
        static final Set<String> SET = load();

        private static Set<String> load() {
            Set<String> set = new HashSet<>(32_768);
            try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_LIST)) {
                if (in == null) {
                    throw new IllegalStateException(COMMON_LIST + " is missing from the build");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.isEmpty()) {
                        set.add(line.toLowerCase(Locale.ROOT));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Set.copyOf(set);
        }
    }
}
