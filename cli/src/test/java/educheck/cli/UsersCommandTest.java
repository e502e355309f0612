package educheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `educheck users`: help, passwords counted in bytes, districts assigned, API tokens issued and revoked. */
class UsersCommandTest {

    @TempDir
    Path dir;

    @Test
    void usersAndRulesAnswerHelp() {
        Command users = Command.run("users", "--help");
        assertThat(users.exitCode()).isZero();
        assertThat(users.out()).contains("assign").contains("token").doesNotContain("Unknown option");
        Command rules = Command.run("rules", "--help");
        assertThat(rules.exitCode()).isZero();
        assertThat(rules.out()).contains("validate");
    }

    @Test
    void aPasswordOver72BytesIsRefusedWithAMessageAnd72BytesAreTaken() {
        String archive = dir.resolve("archive").toString();
        Command tooLong = withInput("教".repeat(30) + "\n", "users", "add", "zhao", "--role", "inspector", "--archive", archive);
        assertThat(tooLong.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(tooLong.err()).contains("at most 72 bytes").contains("24 Chinese characters").doesNotContain("Exception");
        assertThat(withInput("教".repeat(24) + "\n", "users", "add", "zhao", "--role", "inspector", "--archive", archive).exitCode()).isZero();
    }

    @Test
    void anAdminAssignsDistrictsAndIssuesAndRevokesTokens() {
        String archive = dir.resolve("archive").toString();
        assertThat(withInput("correct horse battery\n", "users", "add", "zhao", "--role", "inspector", "--archive", archive).exitCode()).isZero();
        Command bad = Command.run("users", "assign", "zhao", "430626", "evil", "--archive", archive);
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bad.err()).contains("'evil' is neither a six-digit district code nor a jurisdiction");
        assertThat(Command.run("users", "assign", "zhao", "430626", "cn-33-3302", "--archive", archive).exitCode()).isZero();
        assertThat(Command.run("users", "list", "--archive", archive).out()).contains("zhao\tinspector\t430626 CN-33-3302");

        Command token = Command.run("users", "token", "zhao", "--label", "nightly", "--archive", archive);
        assertThat(token.exitCode()).isZero();
        assertThat(token.out().strip()).matches("ect_[A-Za-z0-9_-]{43}");
        Command list = Command.run("users", "tokens", "--archive", archive);
        assertThat(list.out()).contains("\tzhao\tnightly\t").contains("live").doesNotContain(token.out().strip());
        assertThat(Command.run("users", "revoke-token", "1", "--archive", archive).exitCode()).isZero();
        assertThat(Command.run("users", "tokens", "--archive", archive).out()).contains("revoked");
        assertThat(Command.run("users", "revoke-token", "1", "--archive", archive).exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    private static Command withInput(String stdin, String... args) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return Command.run(args);
        } finally {
            System.setIn(before);
        }
    }
}
