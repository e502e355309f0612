/**
 * The allow-list of what a rule may call (the {@code educheck.rules} helpers, the model's getters, a few JDK
 * classes), read from each compiled rule's imports and calls, so a rule file cannot reach the file system or the
 * network. Part of loading: a rule set that breaks it is refused before it runs.
 *
 * <p>Uses {@link educheck.checker.load} and {@code rules}.
 */
package educheck.checker.load.reach;
