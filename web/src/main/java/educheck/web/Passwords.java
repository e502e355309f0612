package educheck.web;

import java.util.regex.Pattern;
import org.springframework.security.crypto.bcrypt.BCrypt;

/** Salted, slow password hashes (bcrypt, cost 12: about a quarter second per sign-in on this kind of machine). */
public final class Passwords {

    private static final int COST = 12;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._@-]{1,64}");
    /** Compared against when the user does not exist, so a wrong name takes as long as a wrong password. */
    private static final String DUMMY = BCrypt.hashpw("educheck-no-such-user", BCrypt.gensalt(COST));

    private Passwords() {
    }

    public static String hash(char[] password) {
        return BCrypt.hashpw(new String(password), BCrypt.gensalt(COST));
    }

    /**
     * Whether {@code password} is the one {@code hash} was made from. One longer than bcrypt reads never is (bcrypt
     * would compare only its first 72 bytes); it costs the same hash as any other, so its answer takes as long.
     */
    public static boolean matches(String password, String hash) {
        boolean tooLong = password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MOST_BYTES;
        try {
            return BCrypt.checkpw(tooLong ? "" : password, hash == null || tooLong ? DUMMY : hash) && hash != null && !tooLong;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A user name: letters, digits and . _ @ -, up to 64; it appears in pages and the archive. */
    public static boolean validName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /** bcrypt reads this many bytes of a password and no more; a longer one is refused rather than cut. */
    public static final int MOST_BYTES = 72;

    /**
     * Why a password is refused, or null when it will do: at least 10 characters, at most {@value #MOST_BYTES} bytes
     * in UTF-8 (a Chinese character takes three: 24 of them at most).
     */
    public static String weakness(char[] password) {
        if (Character.codePointCount(password, 0, password.length) < 10) {
            return "the password must have at least 10 characters";
        }
        if (java.nio.charset.StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(password)).remaining() > MOST_BYTES) {
            return "the password must be at most 72 bytes in UTF-8, which is all bcrypt reads: 72 letters or digits, or 24 Chinese"
                    + " characters";
        }
        return null;
    }
}
