package educheck.web;

/** Who is making a request: a signed-in user, or the one person at this PC when the server runs open. */
public record Principal(String user, Role role) {

    /** The user of a server on 127.0.0.1 with no accounts. */
    public static final Principal LOCAL = new Principal("local", Role.ADMIN);

    /**
     * The account an upload is recorded under: none for the person at an open server, so its runs are nobody's and an
     * account named "local" made later inherits none of them.
     */
    String uploader() {
        return this == LOCAL ? null : user;
    }
}
