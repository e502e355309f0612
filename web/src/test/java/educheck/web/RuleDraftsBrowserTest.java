package educheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.http.ClientConfig;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two policy officers change a target in a real browser against a real server: wang raises SH.CE.8 (family-education
 * guidance activities a school holds a year) from 4 to 5, sees the two fixtures that now fail, fixes them and
 * submits; he may not approve his own draft. li reads the diff and the what-if (Xuhui, uploaded earlier, has schools
 * at exactly 4, which would fail) and publishes. The next upload of Xuhui is judged by version 2 and says so; the
 * earlier run still says version 1.
 * Without chromium and chromedriver the test is skipped with a notice on standard error, never passed.
 */
class RuleDraftsBrowserTest {

    static final Path XUHUI = TestServer.SAMPLES.resolve("shanghai/310104-xuhui.xml");

    static TestServer server;
    static WebDriver browser;
    static WebDriverWait wait;
    static Path profile;

    @BeforeAll
    static void start() throws Exception {
        boolean present = Files.isExecutable(BrowserTest.CHROMIUM) && Files.isExecutable(BrowserTest.CHROMEDRIVER);
        if (!present) {
            System.err.println("\n!!!!!!!! RuleDraftsBrowserTest SKIPPED: chromium or chromedriver is missing;"
                    + " install Debian's chromium and chromium-driver to run the browser tests !!!!!!!!\n");
        }
        Assumptions.assumeTrue(present, "chromium and chromedriver are not installed");
        server = TestServer.withAccounts();
        String hash = Passwords.hash(TestServer.PASSWORD.toCharArray());
        server.accounts.put(new Accounts.Account("wang", Role.POLICY, hash));
        server.accounts.put(new Accounts.Account("li", Role.POLICY, hash));
        profile = Files.createTempDirectory("educheck-chromium-profile-");
        System.setProperty("webdriver.chrome.driver", BrowserTest.CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BrowserTest.CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage", "--user-data-dir=" + profile,
                "--window-size=1400,1500", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(BrowserTest.CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        // A click that saves a draft waits for the whole rule set to compile: longer than Selenium's 3-minute default.
        browser = new ChromeDriver(service, options, ClientConfig.defaultConfig().readTimeout(Duration.ofMinutes(10)));
        // Compiling a whole rule set at run time takes a while on a small machine.
        wait = new WebDriverWait(browser, Duration.ofMinutes(5));
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

    @Test
    void aRaisedTargetIsFixedSubmittedReviewedByASecondOfficerAndJudgesTheNextUpload() {
        signIn("ian");
        String oldRun = upload(XUHUI);
        assertThat(browser.getPageSource()).contains("<span id=\"rule-basis\">规则版本 1（档案库现行规则）</span>");

        // wang raises the threshold in the catalogue: a draft, checked at once; two fixtures no longer hold.
        signIn("wang");
        browser.get(server.url("/rules"));
        WebElement form = browser.findElement(By.cssSelector("form[data-rule='SH.CE.8 family-education guidance']"));
        WebElement required = form.findElement(By.name("required"));
        assertThat(required.getAttribute("value")).isEqualTo("4");
        required.clear();
        required.sendKeys("5");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("check")));
        String draftUrl = browser.getCurrentUrl();
        assertThat(draftUrl).matches(".*/rules/drafts/[0-9]+$");
        WebElement failing = browser.findElement(By.id("fixtures-fail"));
        assertThat(failing.getText()).contains("2 个样例不通过");
        WebElement fixture = browser.findElement(By.cssSelector("div.fixture[data-fixture='CN-31/fixtures/sh-compulsory.xml']"));
        assertThat(fixture.getText()).contains("第 30 行").contains("期望 310112: SH.CE.8 S1/family-guidance PASS 4")
                .contains("实际 FAIL 4");
        assertThat(browser.findElement(By.cssSelector("div.fixture[data-fixture='CN-31/fixtures/sh-all-met-2024.xml']")).getText())
                .contains("第 10 行").contains("期望 verdict CN-31 PASS");
        screenshot("rule-draft-check.png");

        // He fixes each fixture in the draft's editor: at 5 a year, a school holding 4 fails, and its Shanghai standard.
        fix(fixture, "SH.CE.8       S1/family-guidance        PASS   4", "SH.CE.8       S1/family-guidance        FAIL   4");
        browser.get(draftUrl);
        fix(browser.findElement(By.cssSelector("div.fixture[data-fixture='CN-31/fixtures/sh-all-met-2024.xml']")),
                "verdict    CN-31           PASS", "verdict    CN-31           FAIL");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("fixtures-pass")));
        browser.findElement(By.id("reason-input")).sendKeys("按通知将家庭教育指导活动提高到每年 5 次");
        browser.findElement(By.id("document")).sendKeys("沪教委〔2026〕12号");
        browser.findElement(By.id("submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("waiting")));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("待审核");

        // Not by his own hand: four eyes.
        browser.findElement(By.id("approve")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("message")));
        assertThat(browser.findElement(By.id("message")).getText()).contains("不能审核自己提出的草稿");
        assertThat(browser.getPageSource()).contains("(403)");

        // li reads the diff and the what-if, and publishes.
        signIn("li");
        browser.get(draftUrl);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("diff")));
        assertThat(browser.findElement(By.id("standards")).getText()).contains("SH.CE.8").contains(">= 4 → >= 5");
        assertThat(browser.findElement(By.id("diff")).getText()).contains("CN-31/compulsory.drl").contains("@required(5)")
                .contains("CN-31/fixtures/sh-all-met-2024.expected").contains("CN-31/fixtures/sh-compulsory.expected");
        WebElement whatIf = browser.findElement(By.id("whatif"));
        assertThat(whatIf.findElement(By.cssSelector("tr.district[data-code='310104']")).getText()).contains("徐汇区");
        assertThat(whatIf.getText()).contains("SH.CE.8").contains("PASS 4 → FAIL 4");
        screenshot("rule-draft-review.png");
        browser.findElement(By.id("approve-comment")).sendKeys("同意");
        browser.findElement(By.id("approve")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("published")));
        assertThat(browser.findElement(By.id("published")).getText()).contains("规则版本 2").contains("li");

        // The catalogue, then the next upload, are version 2 as soon as it is compiled and swapped in.
        wait.until(d -> {
            d.get(server.url("/rules"));
            return d.getPageSource().contains("规则版本 2（现行）");
        });
        upload(XUHUI);
        assertThat(browser.getPageSource()).contains("<span id=\"rule-basis\">规则版本 2（档案库现行规则）</span>");
        assertThat(browser.findElements(By.cssSelector("tr.row-FAIL"))).anySatisfy(row -> assertThat(row.getText()).contains("SH.CE.8"));
        browser.get(server.url(oldRun));
        assertThat(browser.getPageSource()).contains("<span id=\"rule-basis\">规则版本 1（档案库现行规则）</span>");

        browser.get(server.url("/rules/audit"));
        assertThat(browser.findElement(By.id("audit")).getText()).contains("wang").contains("li").contains("沪教委〔2026〕12号");
    }

    /** Opens a failing fixture's expected file from the draft page, changes one line and saves it. */
    private static void fix(WebElement fixture, String line, String corrected) {
        fixture.findElement(By.cssSelector("h3 a")).click();
        WebElement content = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("content")));
        String text = content.getAttribute("value");
        String fixed = text.replace(line, corrected);
        assertThat(fixed).isNotEqualTo(text);
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", content, fixed);
        browser.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("check")));
    }

    /** target/NAME: what the pages look like, for a person to look at; nothing is compared. */
    private static void screenshot(String name) {
        try {
            java.io.File shot = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.FILE);
            Files.copy(shot.toPath(), Path.of("target", name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            System.err.println("RuleDraftsBrowserTest: no screenshot " + name + ": " + e.getMessage());
        }
    }

    private static void signIn(String name) {
        browser.manage().deleteAllCookies();
        browser.get(server.url("/signin"));
        browser.findElement(By.id("name")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(TestServer.PASSWORD);
        browser.findElement(By.id("signin")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("file")));
    }

    /** Uploads a file through the form and waits for its report; returns the report's path. */
    private static String upload(Path file) {
        browser.get(server.url("/"));
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().normalize().toString());
        browser.findElement(By.cssSelector("form[action='/upload'] button[type=submit]")).click();
        wait.until(ExpectedConditions.urlMatches("/runs/[0-9]+$"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("downloads")));
        return browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf("/runs/"));
    }
}
