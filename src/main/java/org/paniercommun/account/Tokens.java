package org.paniercommun.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules of single-use secrets: a link token is 256 random bits written in base64url; a household code is 8
 * characters of an alphabet without 0, O, 1, I or l (about 40 bits), voided after {@link #MAX_CODE_TRIES} wrong tries.
 * Only a SHA-256 of each is stored. A token is used by a conditional update: of two uses at once, one wins. Issuing a
 * new one voids the account's earlier unused ones of the same kind.
 */
@ApplicationScoped
public class Tokens {

    public static final int MAX_CODE_TRIES = 5;
    static final String CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int CODE_LENGTH = 8;

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    public Instant now() {
        return clock.instant();
    }

    /** A new secret of this kind for the account (never stored): what the e-mail's link or the card carries. */
    @Transactional(TxType.MANDATORY)
    public String issue(long accountId, TokenKind kind, Long householdId) {
        Instant now = now();
        em.createNativeQuery("update account_tokens set used_at = :now where user_account_id = :account"
                + " and kind = :kind and used_at is null")
                .setParameter("now", now).setParameter("account", accountId).setParameter("kind", kind.name())
                .executeUpdate();
        String secret = kind == TokenKind.HOUSEHOLD_CODE ? code() : linkToken();
        AccountToken token = new AccountToken();
        token.accountId = accountId;
        token.kind = kind;
        token.householdId = householdId;
        token.tokenHash = kind == TokenKind.HOUSEHOLD_CODE ? codeHash(householdId, secret) : hash(secret);
        token.expiresAt = now.plus(kind.validity);
        token.persist();
        return secret;
    }

    /** The unused, unexpired token of this link secret. */
    public Optional<AccountToken> valid(String secret, TokenKind kind) {
        if (secret == null || secret.length() > 100 || !secret.matches("[A-Za-z0-9_-]+")) {
            return Optional.empty();
        }
        return AccountToken.<AccountToken>find("tokenHash = ?1 and kind = ?2 and usedAt is null and expiresAt > ?3",
                hash(secret), kind, now()).firstResultOptional();
    }

    /** Uses the token: true for the one caller whose update wins, false if it was used, voided or expired meanwhile. */
    @Transactional(TxType.MANDATORY)
    public boolean use(AccountToken token) {
        return em.createNativeQuery("update account_tokens set used_at = :now where id = :id and used_at is null"
                + " and expires_at > :now and failed_tries < :max")
                .setParameter("now", now()).setParameter("id", token.id).setParameter("max", MAX_CODE_TRIES)
                .executeUpdate() == 1;
    }

    /** What typing a household code gave. */
    public enum CodeCheck {
        RIGHT, WRONG, NONE
    }

    /** The check, and the token when the code was right. */
    public record CodeResult(CodeCheck check, AccountToken token) {
    }

    /**
     * Checks a household code without using it: the household's pending code, if the code typed is its code. A wrong
     * code counts a try (in the caller's transaction, which must commit even then); the fifth voids the code.
     */
    @Transactional(TxType.MANDATORY)
    public CodeResult checkCode(long householdId, String typed) {
        List<AccountToken> pending = AccountToken.<AccountToken>list("householdId = ?1 and kind = ?2 and usedAt is null"
                + " and expiresAt > ?3 and failedTries < ?4", householdId, TokenKind.HOUSEHOLD_CODE, now(), MAX_CODE_TRIES);
        if (pending.isEmpty()) {
            return new CodeResult(CodeCheck.NONE, null);
        }
        AccountToken token = pending.get(0);
        String normalized = normalizeCode(typed);
        byte[] expected = token.tokenHash.getBytes(StandardCharsets.US_ASCII);
        byte[] given = codeHash(householdId, normalized).getBytes(StandardCharsets.US_ASCII);
        if (normalized.length() == CODE_LENGTH && MessageDigest.isEqual(expected, given)) {
            return new CodeResult(CodeCheck.RIGHT, token);
        }
        em.createNativeQuery("update account_tokens set failed_tries = failed_tries + 1 where id = :id")
                .setParameter("id", token.id).executeUpdate();
        return new CodeResult(CodeCheck.WRONG, null);
    }

    /** Pending tokens of the account are voided (a deactivated account). */
    @Transactional(TxType.MANDATORY)
    public void voidAll(long accountId) {
        em.createNativeQuery("update account_tokens set used_at = :now where user_account_id = :account and used_at is null")
                .setParameter("now", now()).setParameter("account", accountId).executeUpdate();
    }

    /** Whether the account has an unused, unexpired invitation or household code. */
    public boolean invitationPending(long accountId) {
        return AccountToken.count("accountId = ?1 and kind in ?2 and usedAt is null and expiresAt > ?3 and failedTries < ?4",
                accountId, List.of(TokenKind.INVITATION, TokenKind.HOUSEHOLD_CODE), now(), MAX_CODE_TRIES) > 0;
    }

    /** When the account's latest invitation or code expires (or expired), if it ever had one. */
    public Optional<Instant> latestInvitationExpiry(long accountId) {
        return em.createQuery("select max(t.expiresAt) from AccountToken t where t.accountId = :account and t.kind in :kinds",
                Instant.class).setParameter("account", accountId)
                .setParameter("kinds", List.of(TokenKind.INVITATION, TokenKind.HOUSEHOLD_CODE))
                .getResultList().stream().filter(java.util.Objects::nonNull).findFirst();
    }

    /** "abcd efgh", "ABCD-EFGH" → "ABCDEFGH". */
    static String normalizeCode(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /** The code as printed: "ABCD-EFGH". */
    public static String printed(String code) {
        return code.substring(0, CODE_LENGTH / 2) + "-" + code.substring(CODE_LENGTH / 2);
    }

    private static String linkToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String code() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    /** A code is short: its hash is salted with the household number, so equal codes of two households differ. */
    private static String codeHash(long householdId, String code) {
        return hash("household:" + householdId + ":" + code);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
