package educheck.store;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where an archive lives, from what a user typed: nothing (→ {@code EDUCHECK_ARCHIVE}, else
 * {@code ~/.educheck/archive}), a folder (an embedded H2 database in it), or a JDBC URL ({@code jdbc:postgresql://…}
 * for a shared archive, {@code jdbc:h2:…} as given). PostgreSQL credentials come from the URL's {@code user} and
 * {@code password} parameters, else from {@code EDUCHECK_ARCHIVE_USER} / {@code EDUCHECK_ARCHIVE_PASSWORD}.
 *
 * @param url         the JDBC URL to connect to (it may hold the password: never print it; print {@link #shown})
 * @param user        null when the URL carries it or none is needed
 * @param password    null when the URL carries it or none is needed
 * @param folder      the embedded database's folder, or null for a server
 * @param shown       how messages name the archive: the folder, or the URL with its password masked
 */
public record ArchiveLocation(String url, String user, String password, Path folder, String shown) {

    /** The embedded database's file name in its folder (H2 adds {@code .mv.db}). */
    static final String DATABASE = "educheck";

    /**
     * H2 settings that keep the SQL the same as PostgreSQL's (lower-case names, PostgreSQL's dialect and null order);
     * AUTO_SERVER lets a second process write to the same folder while the first has it open.
     */
    static final String H2_SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";

    public static ArchiveLocation of(String location) {
        return of(location, System.getenv());
    }

    public static ArchiveLocation of(String location, Map<String, String> env) {
        String given = location == null || location.isBlank() ? env.get("EDUCHECK_ARCHIVE") : location.trim();
        if (given == null || given.isBlank()) {
            given = Path.of(System.getProperty("user.home"), ".educheck", "archive").toString();
        }
        if (given.startsWith("jdbc:postgresql:")) {
            boolean inUrl = given.contains("password=");
            boolean userInUrl = given.contains("user=");
            return new ArchiveLocation(given, userInUrl ? null : env.get("EDUCHECK_ARCHIVE_USER"),
                    inUrl ? null : env.get("EDUCHECK_ARCHIVE_PASSWORD"), null, mask(given));
        }
        if (given.startsWith("jdbc:h2:")) {
            return new ArchiveLocation(given, null, null, null, mask(given));
        }
        if (given.startsWith("jdbc:")) {
            throw new IllegalArgumentException("archive " + mask(given) + ": only jdbc:postgresql:// and jdbc:h2: URLs"
                    + " are supported, or a folder for the embedded archive");
        }
        Path folder = Path.of(given).toAbsolutePath().normalize();
        return new ArchiveLocation("jdbc:h2:file:" + folder.resolve(DATABASE) + H2_SETTINGS, null, null, folder,
                folder.toString());
    }

    /** The URL with the value of any password parameter replaced by ***. */
    static String mask(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    /** The user a PostgreSQL URL names, for messages (never the password). */
    String userShown() {
        if (user != null) {
            return user;
        }
        int at = url.indexOf("user=");
        if (at < 0) {
            return null;
        }
        int end = url.indexOf('&', at);
        return URLDecoder.decode(url.substring(at + 5, end < 0 ? url.length() : end), StandardCharsets.UTF_8);
    }

    public boolean isEmbedded() {
        return !url.startsWith("jdbc:postgresql:");
    }
}
