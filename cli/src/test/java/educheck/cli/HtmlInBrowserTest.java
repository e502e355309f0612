package educheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The failing sample's html report opened in a real browser: headless Chromium renders it to a PNG through
 * tools/render-html.sh (the script anyone can run to look at the picture) without errors. Skipped, saying so,
 * where no Chromium is installed; .ci/run installs it.
 */
class HtmlInBrowserTest {

    private static final Path SCRIPT = Path.of("..", "tools", "render-html.sh");

    @TempDir
    Path dir;

    @Test
    void chromiumRendersTheFailingSamplesReportToAPicture() throws Exception {
        // CI installs Chromium (.ci/run), so there a missing browser is a failure, not a skip.
        assertThat(chromium() || !"true".equals(System.getenv("CI"))).as("CI=true but no Chromium on the PATH").isTrue();
        Assumptions.assumeTrue(chromium(), "no Chromium on the PATH: install Debian's chromium (.ci/run does) to run this test");
        Path report = dir.resolve("pingjiang.html");
        assertThat(Command.run("check", "../samples/failing-430626-pingjiang.xml", "--format", "html", "--output", report.toString())
                .exitCode()).isEqualTo(1);
        Path png = dir.resolve("pingjiang.png");

        Process p = new ProcessBuilder("bash", SCRIPT.toString(), report.toString(), png.toString(), "1280", "3000")
                .redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).as(said).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(3000);
        String log = Files.readString(Path.of(png + ".log"));
        assertThat(log).doesNotContain("Uncaught", "CONSOLE(", "net::ERR");
        assertThat(distinctColours(image)).as("a rendered page, not a blank one").isGreaterThan(50);
    }

    private static boolean chromium() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : new String[] {"chromium", "chromium-browser", "google-chrome"}) {
                if (Files.isExecutable(Path.of(dir, name))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static long distinctColours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
