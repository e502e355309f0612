package educheck.checker.load.reach;

/** What an expression stands for: a value of a type, a type (before a static member), a package, or unknown. */
record ExprType(Class<?> value, Class<?> type, String pkg) {
    static final ExprType UNKNOWN = new ExprType(null, null, null);
    /** What a refused expression gives: unknown too, but what is done with it was refused already. */
    static final ExprType REFUSED = new ExprType(null, null, null);

    static ExprType of(Class<?> c) {
        return c == null ? UNKNOWN : new ExprType(c, null, null);
    }

    boolean known() {
        return value != null;
    }
}
