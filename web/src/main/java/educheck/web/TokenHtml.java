package educheck.web;

import educheck.store.ApiTokens;
import java.util.ArrayList;
import java.util.List;

/** The accounts page's part for API tokens (tokens.jte): the new token once, every token with its revoke button, the form to issue. */
final class TokenHtml {

    private TokenHtml() {
    }

    /** The tokens as the part shows them; {@code issued} is a token just made (null: none). */
    record Tokens(String issued, List<Row> rows) {
    }

    /** A token: its number, account, label, when and by whom issued, and when revoked (null: live). */
    record Row(long id, String user, String label, String issued, String revoked) {
    }

    static Tokens of(List<ApiTokens.Token> tokens, String issued) {
        List<Row> rows = new ArrayList<>();
        for (ApiTokens.Token t : tokens) {
            rows.add(new Row(t.id(), t.user(), t.label(), ReportPages.TIME.format(t.issuedAt()) + " · " + t.issuedBy(),
                    t.revokedAt() == null ? null : ReportPages.TIME.format(t.revokedAt())));
        }
        return new Tokens(issued, rows);
    }
}
