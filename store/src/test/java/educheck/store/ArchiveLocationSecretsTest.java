package educheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every form in which the PostgreSQL driver takes a credential is masked wherever the archive is named. */
class ArchiveLocationSecretsTest {

    private static final Map<String, String> NO_ENV = Map.of();

    @Test
    void aPasswordParameterIsMaskedWholeWhateverItHolds() {
        ArchiveLocation at = ArchiveLocation.of("jdbc:postgresql://db/educheck?user=u&password=ab;cd", NO_ENV);
        assertThat(at.shown()).isEqualTo("jdbc:postgresql://db/educheck?user=u&password=***").doesNotContain("cd");
    }

    @Test
    void aPasswordParameterBeforeOthersKeepsTheOthers() {
        ArchiveLocation at = ArchiveLocation.of("jdbc:postgresql://db/educheck?password=a%26b;c&user=u&ssl=true", NO_ENV);
        assertThat(at.shown()).isEqualTo("jdbc:postgresql://db/educheck?password=***&user=u&ssl=true");
    }

    @Test
    void aPasswordParameterInCapitalsIsMasked() {
        assertThat(ArchiveLocation.of("jdbc:postgresql://db/e?user=u&PASSWORD=Secret1", NO_ENV).shown())
                .doesNotContain("Secret1").contains("PASSWORD=***");
    }

    @Test
    void theClientKeysPasswordIsMasked() {
        assertThat(ArchiveLocation.of("jdbc:postgresql://db/e?user=u&sslkey=/k.pk8&sslpassword=keypass", NO_ENV).shown())
                .isEqualTo("jdbc:postgresql://db/e?user=u&sslkey=/k.pk8&sslpassword=***");
    }

    @Test
    void aUserAndPasswordBeforeTheHostAreTakenOutOfTheUrlAndMaskedOnce() {
        ArchiveLocation at = ArchiveLocation.of("jdbc:postgresql://ann:s%40cret@db:5432/educheck", NO_ENV);
        assertThat(at.shown()).isEqualTo("jdbc:postgresql://ann:***@db:5432/educheck");
        assertThat(at.url()).isEqualTo("jdbc:postgresql://db:5432/educheck");
        assertThat(at.user()).isEqualTo("ann");
        assertThat(at.password()).isEqualTo("s@cret");
    }

    @Test
    void thePasswordFromTheEnvironmentIsNeverShown() {
        ArchiveLocation at = ArchiveLocation.of("jdbc:postgresql://db/educheck",
                Map.of("EDUCHECK_ARCHIVE_USER", "ann", "EDUCHECK_ARCHIVE_PASSWORD", "envsecret"));
        assertThat(at.shown()).doesNotContain("envsecret");
        assertThat(at.masked("FATAL: no such thing for envsecret")).doesNotContain("envsecret");
    }

    @Test
    void aDriverMessageQuotingThePasswordIsMasked() {
        ArchiveLocation at = ArchiveLocation.of("jdbc:postgresql://db/e?user=u&password=p%3Bq", NO_ENV);
        assertThat(at.masked("cannot connect to jdbc:postgresql://db/e?user=u&password=p%3Bq with password p;q"))
                .doesNotContain("p;q").doesNotContain("p%3Bq");
    }

    @Test
    void anUnreachableServerNamedWithUserInformationShowsThePasswordNowhere() {
        assertThatThrownBy(() -> Archive.open("jdbc:postgresql://inspector:s3cret@127.0.0.1:1/archive?connectTimeout=2"))
                .isInstanceOf(ArchiveException.class)
                .hasMessageContaining("archive jdbc:postgresql://inspector:***@127.0.0.1:1/archive")
                .hasMessageContaining("cannot be reached")
                .message().doesNotContain("s3cret");
    }
}
