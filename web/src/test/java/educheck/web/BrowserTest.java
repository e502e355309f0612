package educheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser (Debian's chromium, headless, driven by its chromedriver) against a real server: sign in, upload the
 * failing sample as a workbook (xlsx) through the file input, read its failed indicators, open the district's history, download the CSV;
 * then, as an analyst, compare the district judged again under another province's rule sets.
 * Without chromium and chromedriver the test is skipped with a notice on standard error, never passed.
 */
class BrowserTest {

    static final Path CHROMIUM = Path.of(System.getProperty("educheck.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("educheck.chromedriver", "/usr/bin/chromedriver"));

    static TestServer server;
    static WebDriver browser;
    static Path profile;
    static Path downloads;

    @BeforeAll
    static void start() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            System.err.println("\n!!!!!!!! BrowserTest SKIPPED: " + CHROMIUM + " or " + CHROMEDRIVER + " is missing;"
                    + " install Debian's chromium and chromium-driver to run the browser tests !!!!!!!!\n");
        }
        Assumptions.assumeTrue(present, "chromium and chromedriver are not installed");
        server = TestServer.withAccounts();
        profile = Files.createTempDirectory("educheck-chromium-profile-");
        downloads = Files.createTempDirectory("educheck-chromium-downloads-");
        // Named explicitly so Selenium Manager never looks for (or downloads) a browser or driver.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage", "--user-data-dir=" + profile,
                "--window-size=1280,1500", "--lang=zh-CN");
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    /** The failing sample as the workbook a district office keeps (samples/workbooks). */
    static final Path FAILING_WORKBOOK = TestServer.SAMPLES.resolve("workbooks/failing-430626-pingjiang.xlsx");

    @Test
    void signInUploadReadTheFailuresFollowTheDistrictDownloadTheCsvAndCompareJudgedAsAnotherProvince() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get(server.url("/"));
        wait.until(ExpectedConditions.urlContains("/signin"));
        browser.findElement(By.id("name")).sendKeys("ian");
        browser.findElement(By.id("password")).sendKeys(TestServer.PASSWORD);
        browser.findElement(By.id("signin")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("file")));

        browser.findElement(By.id("file")).sendKeys(FAILING_WORKBOOK.toAbsolutePath().normalize().toString());
        browser.findElement(By.cssSelector("form[action='/upload'] button[type=submit]")).click();
        wait.until(ExpectedConditions.urlMatches("/runs/[A-Za-z0-9-]+$"));

        // The report: the district fails, and its failed indicators are listed.
        WebElement downloadsBar = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("downloads")));
        assertThat(browser.getPageSource()).contains("430626").contains("平江县").contains("failing-430626-pingjiang.xlsx");
        assertThat(browser.findElements(By.cssSelector("tr.row-FAIL"))).hasSizeGreaterThan(5);
        assertThat(browser.findElements(By.cssSelector(".badge.FAIL"))).isNotEmpty();
        saveScreenshot();

        // The district's history: a chart per indicator.
        downloadsBar.findElement(By.cssSelector("a.history")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("district")));
        assertThat(browser.findElement(By.id("district")).getText()).contains("430626");
        assertThat(browser.findElements(By.cssSelector("figure.chart svg"))).isNotEmpty();

        // Back to the report, and its CSV.
        browser.navigate().back();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("downloads")));
        browser.findElement(By.cssSelector("#downloads a[href$='/download/csv']")).click();
        Path csv = waitForDownload(".csv");
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).contains("430626").contains("FAIL");

        // An analyst compares: the district's archived workbook judged again under Zhejiang's rule sets.
        browser.findElement(By.cssSelector("nav.site form[action='/signout'] button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("name"))).sendKeys("ana");
        browser.findElement(By.id("password")).sendKeys(TestServer.PASSWORD);
        browser.findElement(By.id("signin")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("nav.site a[href='/compare']"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name=district][value='430626']"))).click();
        new Select(browser.findElement(By.id("judgeAs"))).selectByValue("CN-33");
        browser.findElement(By.id("compare")).click();
        wait.until(ExpectedConditions.urlContains("judgeAs=CN-33"));
        WebElement table = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.grid")));
        assertThat(browser.findElement(By.cssSelector("header.run .meta")).getText()).contains("CN-33");
        assertThat(table.findElement(By.tagName("thead")).getText()).contains("430626").contains("CN-33");
        assertThat(table.findElements(By.cssSelector("td.cell.FAIL"))).isNotEmpty();
    }

    @Test
    void aRunOfSeveralDistrictsIsASummaryWhoseDistrictsOpenOnePageEach() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.manage().deleteAllCookies();
        try {
            Path three = Files.createTempFile(downloads.getParent(), "three-", ".xml");
            Files.write(three, Submissions.districts("430626", "430621", "430623"));
            browser.get(server.url("/signin"));
            browser.findElement(By.id("name")).sendKeys("ian");
            browser.findElement(By.id("password")).sendKeys(TestServer.PASSWORD);
            browser.findElement(By.id("signin")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("file"))).sendKeys(three.toString());
            browser.findElement(By.cssSelector("form[action='/upload'] button[type=submit]")).click();
            WebElement table = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("run-districts")));
            assertThat(table.findElements(By.cssSelector("tbody tr"))).hasSize(3);
            assertThat(browser.findElements(By.cssSelector("section.district"))).isEmpty();
            table.findElement(By.linkText("430621 区县430621")).click();
            wait.until(ExpectedConditions.urlContains("/districts/430621"));
            assertThat(browser.findElements(By.cssSelector("section.district"))).hasSize(1);
            assertThat(browser.findElement(By.cssSelector("section.district")).getAttribute("id")).isEqualTo("d-430621-2024");
            assertThat(browser.findElements(By.cssSelector("tr.row-FAIL"))).isNotEmpty();
        } finally {
            browser.manage().deleteAllCookies();
        }
    }

    private static Path waitForDownload(String suffix) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < until) {
            try (Stream<Path> files = Files.list(downloads)) {
                var done = files.filter(f -> f.toString().endsWith(suffix)).findFirst();
                if (done.isPresent()) {
                    return done.get();
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no " + suffix + " file was downloaded into " + downloads);
    }

    /** target/web-report.png, and the file named by -Deducheck.screenshot (tools/screenshot-web.sh sets it). */
    private static void saveScreenshot() throws Exception {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), Path.of("target", "web-report.png"), StandardCopyOption.REPLACE_EXISTING);
        String wanted = System.getProperty("educheck.screenshot");
        if (wanted != null && !wanted.isBlank()) {
            Path target = Path.of(wanted);
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
