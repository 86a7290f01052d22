package dev.ratchet.harness.cli;

/** Bad input from the user (flag, path, spec): printed as one line, exit code 2. */
public class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }

    /**
     * Runs a parser of user input (a flag, a spec): its {@link IllegalArgumentException} is the user's mistake and
     * becomes a {@code UserError}. Elsewhere an {@code IllegalArgumentException} is a bug, not bad input.
     */
    public static <T> T parsing(java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (UserError e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }
}
