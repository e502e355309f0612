package educheck.web;

import educheck.store.ApiTokens;
import educheck.store.ArchiveException;
import java.time.Clock;
import java.util.Optional;

/**
 * API tokens for scripts: {@code Authorization: Bearer ect_…} instead of a password, so a request costs one lookup,
 * not a bcrypt. An admin issues one for an account (it is shown once; the archive keeps its sha256) and revokes it;
 * the token acts with its account's role now, and goes with the account.
 */
public final class ApiTokenKeys {

    static final String PREFIX = "ect_";

    private final ApiTokens tokens;
    private final Clock clock;

    public ApiTokenKeys(ApiTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** A new token for {@code user}, to be shown once and never again. */
    public String issue(String user, String label, String issuedBy) throws ArchiveException {
        String token = PREFIX + Secrets.random();
        tokens.issue(user, label, Secrets.sha256(token), issuedBy, clock.instant());
        return token;
    }

    public boolean revoke(long id) throws ArchiveException {
        return tokens.revoke(id, clock.instant());
    }

    public java.util.List<ApiTokens.Token> all() throws ArchiveException {
        return tokens.all();
    }

    /** Whom a live token signs in, with the account's role now; empty for anything else. */
    Optional<Principal> holder(String token) throws ArchiveException {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return tokens.holder(Secrets.sha256(token)).flatMap(h -> Role.parse(h.role()).map(r -> new Principal(h.user(), r)));
    }
}
