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

    public static boolean matches(String password, String hash) {
        try {
            return BCrypt.checkpw(password, hash == null ? DUMMY : hash) && hash != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A user name: letters, digits and . _ @ -, up to 64; it appears in pages and the archive. */
    public static boolean validName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /** Why a password is refused, or null when it is long enough. */
    public static String weakness(char[] password) {
        if (password.length < 10) {
            return "the password must have at least 10 characters";
        }
        if (password.length > 72) {
            return "the password must have at most 72 characters (bcrypt reads no further)";
        }
        return null;
    }
}
