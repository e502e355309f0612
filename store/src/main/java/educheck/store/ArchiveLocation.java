package educheck.store;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an archive lives, from what a user typed: nothing (→ {@code EDUCHECK_ARCHIVE}, else
 * {@code ~/.educheck/archive}), a folder (an embedded SQLite database in it), or a {@code jdbc:postgresql://} URL for
 * a shared archive. PostgreSQL credentials come from the URL (its {@code user} and {@code password} parameters, or
 * {@code //user:password@host}), else from {@code EDUCHECK_ARCHIVE_USER} / {@code EDUCHECK_ARCHIVE_PASSWORD}.
 *
 * @param url         the JDBC URL to connect to (it may hold the password: never print it; print {@link #shown})
 * @param user        null when the URL carries it or none is needed
 * @param password    null when the URL carries it or none is needed
 * @param folder      the embedded database's folder, or null for a server
 * @param shown       how messages name the archive: the folder, or the URL with its password masked
 */
public record ArchiveLocation(String url, String user, String password, Path folder, String shown) {

    /** The embedded database's file in its folder. */
    static final String DATABASE = "educheck.db";
    /** The file an educheck before SQLite kept its archive in (H2), imported by {@code archive import-h2}. */
    static final String H2_DATABASE = "educheck.mv.db";

    /**
     * Every parameter the PostgreSQL driver takes a secret in ({@code password}, and {@code sslpassword} for the
     * client key): its value runs to the next {@code &}, the driver's only separator, whatever it holds ({@code ;} too).
     */
    private static final Pattern SECRET_PARAMETER = Pattern.compile("(?i)\\b((?:ssl)?password=)[^&]*");
    /** {@code scheme://user:secret@host}: the secret of a URL's user information. */
    private static final Pattern USER_INFO = Pattern.compile("(//[^/?#@:\\s]*:)[^/?#@\\s]*@");

    public static ArchiveLocation of(String location) {
        return of(location, System.getenv());
    }

    public static ArchiveLocation of(String location, Map<String, String> env) {
        String given = location == null || location.isBlank() ? env.get("EDUCHECK_ARCHIVE") : location.trim();
        if (given == null || given.isBlank()) {
            given = Path.of(System.getProperty("user.home"), ".educheck", "archive").toString();
        }
        if (given.startsWith("jdbc:postgresql:")) {
            return postgresql(given, env);
        }
        if (given.startsWith("jdbc:")) {
            throw new IllegalArgumentException("archive " + mask(given) + ": only jdbc:postgresql:// URLs are supported, or"
                    + " a folder for the embedded archive");
        }
        Path folder = Path.of(given).toAbsolutePath().normalize();
        return new ArchiveLocation("jdbc:sqlite:" + folder.resolve(DATABASE), null, null, folder, folder.toString());
    }

    /**
     * A shared archive. Credentials given as {@code //user:password@host} are taken out of the URL (the driver reads
     * them only as parameters) and passed to it as the user and password.
     */
    private static ArchiveLocation postgresql(String given, Map<String, String> env) {
        Matcher info = Pattern.compile("^jdbc:postgresql://([^/?#@]*)@").matcher(given);
        if (!info.find()) {
            return new ArchiveLocation(given, given.contains("user=") ? null : env.get("EDUCHECK_ARCHIVE_USER"),
                    SECRET_PARAMETER.matcher(given).find() ? null : env.get("EDUCHECK_ARCHIVE_PASSWORD"), null, mask(given));
        }
        String userInfo = info.group(1);
        int colon = userInfo.indexOf(':');
        String user = URLDecoder.decode(colon < 0 ? userInfo : userInfo.substring(0, colon), StandardCharsets.UTF_8);
        String password = colon < 0 ? env.get("EDUCHECK_ARCHIVE_PASSWORD")
                : URLDecoder.decode(userInfo.substring(colon + 1), StandardCharsets.UTF_8);
        String rest = given.substring(info.end());
        return new ArchiveLocation("jdbc:postgresql://" + rest, user, password, null,
                mask("jdbc:postgresql://" + (colon < 0 ? userInfo : userInfo.substring(0, colon) + ":***") + "@" + rest));
    }

    /** {@code text} (a URL, or a message that may quote one) with every password in it replaced by ***. */
    static String mask(String text) {
        return USER_INFO.matcher(SECRET_PARAMETER.matcher(text).replaceAll("$1***")).replaceAll("$1***@");
    }

    /**
     * A message from the driver or the database with this archive's secrets masked: the patterns of {@link #mask},
     * and the password itself wherever it appears (as given, or URL-encoded).
     */
    String masked(String text) {
        String m = mask(text);
        for (String secret : new String[] {password, parameter(url, "password"), parameter(url, "sslpassword")}) {
            if (secret != null && !secret.isEmpty()) {
                m = m.replace(secret, "***").replace(URLEncoder.encode(secret, StandardCharsets.UTF_8), "***");
            }
        }
        return m;
    }

    /** The decoded value of a URL parameter, or null. */
    private static String parameter(String url, String name) {
        Matcher m = Pattern.compile("[?&]" + name + "=([^&]*)", Pattern.CASE_INSENSITIVE).matcher(url);
        return m.find() ? URLDecoder.decode(m.group(1), StandardCharsets.UTF_8) : null;
    }

    /** The user a PostgreSQL URL names, for messages (never the password). */
    String userShown() {
        return user != null ? user : parameter(url, "user");
    }

    public boolean isEmbedded() {
        return folder != null;
    }

    /** The embedded database's file (null for a server). */
    Path file() {
        return folder == null ? null : folder.resolve(DATABASE);
    }
}
