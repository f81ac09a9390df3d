package org.rasd.server.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Checks the write token in constant time: both sides are hashed to the same length first, then compared
 * with {@link MessageDigest#isEqual}, so the time taken says nothing about how much of a guess was right.
 */
public final class TokenCheck {
    private final byte[] expected;

    public TokenCheck(String token) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("empty token");
        }
        this.expected = sha256(token.strip());
    }

    /** Whether an {@code Authorization} header value ({@code Bearer TOKEN}) carries the token. */
    public boolean allows(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(expected, sha256(authorization.substring(7).strip()));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
