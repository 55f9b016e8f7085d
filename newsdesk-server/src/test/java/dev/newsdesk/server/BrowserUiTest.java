package dev.newsdesk.server;

import static dev.newsdesk.server.ServiceFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.embedded.DataDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI end to end in a real headless Chromium: a real server on loopback, fed the fixture
 * articles of {@code browser/} through the API, and the pages a reader uses, each saved as a
 * screenshot under {@code target/browser-screenshots/} that must not be blank. Skipped, saying why,
 * where Chromium or chromedriver is not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserUiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final List<String> FIXTURES =
      List.of(
          "silo-fire-wire.json",
          "silo-fire-copy.json",
          "silo-fire-coast-gazette.json",
          "silo-fire-followup.json",
          "hostile-markup.json",
          "library-budget.json");

  @TempDir static Path data;
  private Desk desk;
  private NewsdeskServer server;
  private HeadlessChromium browser;
  private String base;

  /** Where each fixture went: its article and story id, from the ingest answer. */
  private final Map<String, JsonNode> placed = new LinkedHashMap<>();

  /**
   * Each test, not the class, is skipped where the browser is missing: Surefire reports a test
   * skipped with its reason, but silently drops a class whose {@code @BeforeAll} was aborted.
   */
  @BeforeEach
  void needsTheBrowser() {
    Assumptions.assumeTrue(HeadlessChromium.missing().isEmpty(), HeadlessChromium.missing()::get);
  }

  @BeforeAll
  void startTheServerAndTheBrowser() {
    if (HeadlessChromium.missing().isPresent()) {
      return;
    }
    Clock clock = Clock.fixed(Instant.parse("2026-04-08T12:00:00Z"), ZoneOffset.UTC);
    desk = Desk.open(new DataDirectory(data), clock);
    server = NewsdeskServer.start(ServerConfig.defaults().withPort(0), desk);
    base = "http://127.0.0.1:" + server.port();
    for (String name : FIXTURES) {
      placed.put(name, ingest("application/json", browserFixture(name)));
    }
    placed.put(
        "hostile-page.html", ingest("text/html", ServiceFixtures.fixture("hostile-page.html")));
    browser = HeadlessChromium.start(HeadlessChromium.Screen.DESKTOP);
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
    if (desk != null) {
      desk.close();
    }
  }

  private JsonNode ingest(String type, byte[] body) {
    HttpResponse<String> response = post(base + "/api/articles", type, body, null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    try {
      return JSON.readTree(response.body()).get("items").get(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] browserFixture(String name) {
    try (InputStream in = BrowserUiTest.class.getResourceAsStream("/browser/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture browser/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String storyOf(String fixture) {
    return placed.get(fixture).get("story").asText();
  }

  private String articleOf(String fixture) {
    return placed.get(fixture).get("article").asText();
  }

  private ChromeDriver open(String hash) {
    ChromeDriver driver = browser.driver();
    driver.get(base + "/" + hash);
    return driver;
  }

  private static WebElement await(ChromeDriver driver, By locator) {
    return new WebDriverWait(driver, WAIT)
        .until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  private static String text(ChromeDriver driver, By locator) {
    return await(driver, locator).getText();
  }

  private static Object js(ChromeDriver driver, String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** A script's number: WebDriver answers a whole number as a Long and others as a Double. */
  private static double number(ChromeDriver driver, String script) {
    return ((Number) js(driver, script)).doubleValue();
  }

  private void assertScreenshotShowsSomething(String name) {
    Path png = browser.screenshot(name);
    PixelStats stats = PixelStats.of(png);
    assertThat(stats.looksBlank()).as(png + " looks blank: " + stats).isFalse();
  }

  @Test
  void theStoryListShowsEachStoryWithHeadlineLeadIndependentSourcesAndLastUpdate() {
    ChromeDriver driver = open("#/");
    await(driver, By.cssSelector("article.story"));
    List<WebElement> cards = driver.findElements(By.cssSelector("article.story"));
    assertThat(cards).hasSizeGreaterThanOrEqualTo(2);
    WebElement silo =
        driver
            .findElement(
                By.cssSelector(
                    "article.story a[href='#/story/" + storyOf("silo-fire-wire.json") + "']"))
            .findElement(By.xpath("ancestor::article"));
    String card = silo.getText();
    assertThat(card)
        .contains("Kessby")
        .contains("independent sources")
        .contains("updated 2026-04-08 12:00 UTC");
    assertThat(silo.findElement(By.cssSelector("h2")).getText()).isNotBlank();
    assertThat(silo.findElement(By.cssSelector("p")).getText())
        .as("the lead")
        .hasSizeGreaterThan(40);
    assertScreenshotShowsSomething("story-list");

    driver.findElement(By.linkText("Olvik Ledger")).click();
    new WebDriverWait(driver, WAIT)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("main"), "source: Olvik Ledger"));
    assertThat(driver.findElements(By.cssSelector("article.story h2")))
        .as("the outlet's link filters the list to its stories")
        .singleElement()
        .satisfies(h -> assertThat(h.getText()).contains("library"));
  }

  @Test
  void aStoryPageShowsCitedPointsDisputesTimelineProvenanceGraphEntitiesAndFoldedCopies() {
    ChromeDriver driver = open("#/story/" + storyOf("silo-fire-wire.json"));
    assertThat(text(driver, By.cssSelector("main h1"))).contains("Kessby");
    assertThat(text(driver, By.cssSelector("main h1 + p.meta")))
        .as("the story's last update, as the list shows it")
        .contains("updated 2026-04-08 12:00 UTC");
    assertThat(driver.findElements(By.cssSelector("#points li")))
        .isNotEmpty()
        .allSatisfy(
            point -> assertThat(point.findElements(By.cssSelector("button.cite"))).isNotEmpty());
    assertThat(text(driver, By.id("disputed")))
        .contains("45 firefighters")
        .contains("60 firefighters");
    assertThat(driver.findElements(By.cssSelector("#timeline li"))).hasSizeGreaterThanOrEqualTo(2);
    WebElement graph = await(driver, By.cssSelector("#provenance svg.provenance"));
    assertThat(graph.findElements(By.cssSelector("g.origin"))).hasSizeGreaterThanOrEqualTo(2);
    assertThat(graph.findElements(By.cssSelector("g.article"))).hasSizeGreaterThanOrEqualTo(3);
    assertThat(graph.findElements(By.cssSelector("path.edge.copy")))
        .as("the syndicated copy is drawn with a dashed edge")
        .isNotEmpty();
    assertThat(text(driver, By.id("entities")))
        .contains("Baltra Grain")
        .contains("also: Baltra Grain AB");
    String copy = articleOf("silo-fire-copy.json");
    WebElement folded = driver.findElement(By.cssSelector("#articles details.copies"));
    assertThat(folded.findElement(By.tagName("summary")).getText())
        .isEqualTo("1 copy of this article");
    assertThat(folded.findElements(By.cssSelector("a[data-article='" + copy + "']"))).hasSize(1);
    assertThat(
            driver.findElements(
                By.cssSelector("#articles > ul > li > span > a[data-article='" + copy + "']")))
        .as("the copy is folded under its original, not listed beside it")
        .isEmpty();
    assertThat(
            js(
                driver,
                "return [...document.querySelectorAll('main li, main td, main p.lead')].every(c => {"
                    + " const n = [...c.querySelectorAll(':scope > button.cite')]"
                    + ".map(b => Number(b.textContent));"
                    + " return n.every((x, i) => i === 0 || n[i - 1] < x); })"))
        .as("citations of one statement in increasing order")
        .isEqualTo(true);
    assertScreenshotShowsSomething("story-page");
    js(driver, "document.getElementById('provenance').scrollIntoView()");
    assertScreenshotShowsSomething("story-provenance");
  }

  @Test
  void clickingACitationOpensTheTextOfTheCitedArticle() throws Exception {
    ChromeDriver driver = open("#/story/" + storyOf("silo-fire-wire.json"));
    WebElement point = await(driver, By.cssSelector("#points li"));
    WebElement cite = point.findElement(By.cssSelector("button.cite"));
    String article = cite.getAttribute("data-article");
    String pointText = point.getText().replaceAll("(\\s*\\d+)+$", "").strip();
    cite.click();
    String reader = text(driver, By.id("reader"));
    JsonNode stored = JSON.readTree(ServiceFixtures.get(base + "/api/articles/" + article).body());
    assertThat(reader).contains(stored.get("title").asText());
    assertThat(reader.replaceAll("\\s+", " "))
        .as("the cited article holds the point it supports")
        .contains(pointText.replaceAll("\\s+", " "));
    assertScreenshotShowsSomething("citation-reader");
    driver.findElement(By.id("close-reader")).click();
    assertThat(driver.findElement(By.id("reader")).isDisplayed()).isFalse();
  }

  @Test
  void anArticleInTheProvenanceGraphOpensWhenSelected() {
    ChromeDriver driver = open("#/story/" + storyOf("silo-fire-wire.json"));
    String gazette = articleOf("silo-fire-coast-gazette.json");
    await(driver, By.cssSelector("svg.provenance g.article[data-article='" + gazette + "']"))
        .click();
    assertThat(text(driver, By.id("reader"))).contains("About 60 firefighters fought the blaze");
  }

  @Test
  void searchingFromTheHeaderShowsTheMatchingStoriesAndArticles() {
    ChromeDriver driver = open("#/");
    WebElement box = await(driver, By.id("q"));
    box.sendKeys("barley");
    driver.findElement(By.cssSelector("#search button")).click();
    new WebDriverWait(driver, WAIT)
        .until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "Search: barley"));
    assertThat(driver.getCurrentUrl()).endsWith("#/search?q=barley");
    assertThat(
            driver.findElements(
                By.cssSelector(
                    "main article.story a[href='#/story/" + storyOf("silo-fire-wire.json") + "']")))
        .hasSize(1);
    assertThat(driver.findElements(By.cssSelector("main ul.hits li")))
        .isNotEmpty()
        .allSatisfy(hit -> assertThat(hit.getText()).containsIgnoringCase("kessby"));
    assertThat(text(driver, By.cssSelector("main"))).doesNotContain("Olvik council");
    assertScreenshotShowsSomething("search");
  }

  @Test
  void theSourcesPageAddsAFeedRefusesANonWebAddressAndRemovesTheFeed() {
    ChromeDriver driver = open("#/sources");
    await(driver, By.cssSelector("main form input[type=url]"))
        .sendKeys("ftp://files.example/feed.xml");
    driver.findElement(By.cssSelector("main form button[type=submit]")).click();
    new WebDriverWait(driver, WAIT)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("main form .meta"), "Not added"));
    assertThat(text(driver, By.cssSelector("main form .meta"))).contains("http or https");

    WebElement url = driver.findElement(By.cssSelector("main form input[type=url]"));
    url.clear();
    url.sendKeys("https://kessby-gazette.example/feed.xml");
    driver.findElement(By.cssSelector("main form button[type=submit]")).click();
    By row = By.xpath("//main//tr[td//a[@href='https://kessby-gazette.example/feed.xml']]");
    assertThat(await(driver, row).getText()).contains("not yet");
    assertScreenshotShowsSomething("sources");

    driver.findElement(row).findElement(By.xpath(".//button[text()='Remove']")).click();
    new WebDriverWait(driver, WAIT).until(ExpectedConditions.numberOfElementsToBe(row, 0));
  }

  @Test
  void hostileMarkupInArticlesIsShownAsTextAndNeverRuns() {
    ChromeDriver driver = open("#/");
    await(driver, By.cssSelector("article.story"));
    assertThat(text(driver, By.id("main"))).contains("Quay <i>Log</i>");

    open("#/story/" + storyOf("hostile-markup.json"));
    String hostile = articleOf("hostile-markup.json");
    WebElement link = await(driver, By.cssSelector("#articles a[data-article='" + hostile + "']"));
    assertThat(link.getText()).contains("<img src=x onerror=");
    link.click();
    String reader = text(driver, By.id("reader"));
    assertThat(reader)
        .contains("<script>document.title='owned-text'</script>")
        .contains("<b onmouseover=\"alert(1)\">bold claims</b>")
        .contains("<a href=\"javascript:alert(2)\">click here</a>");
    assertThat(driver.findElements(By.cssSelector("#reader-body a")))
        .allSatisfy(a -> assertThat(a.getAttribute("href")).doesNotStartWith("javascript:"));
    assertScreenshotShowsSomething("hostile-article");

    open("#/story/" + storyOf("hostile-page.html"));
    await(
            driver,
            By.cssSelector("#articles a[data-article='" + articleOf("hostile-page.html") + "']"))
        .click();
    assertThat(text(driver, By.id("reader"))).contains("<script>alert(\"quoted\")</script>");

    assertThat(driver.getTitle()).as("no script from an article ran").isEqualTo("Newsdesk");
    assertThat(
            driver.findElements(
                By.cssSelector(
                    "main img, main script, main b, main i, #reader img, #reader script, #reader b")))
        .as("no element made from article markup")
        .isEmpty();
    assertThat(driver.findElements(By.cssSelector("script")))
        .extracting(s -> s.getAttribute("src"))
        .allSatisfy(src -> assertThat(src).matches(".*/(app|graph)\\.js"));
  }

  @Test
  void onAPhoneTheStoryListAndStoryPageFitTheScreenAndStayReadable() {
    try (HeadlessChromium phone = HeadlessChromium.start(HeadlessChromium.Screen.PHONE)) {
      ChromeDriver driver = phone.driver();
      driver.get(base + "/#/");
      await(driver, By.cssSelector("article.story"));
      assertThat(js(driver, "return window.innerWidth")).isEqualTo(390L);
      assertFitsTheWidth(driver);
      assertThat(
              number(
                  driver,
                  "const r = document.createRange();"
                      + " r.selectNodeContents(document.querySelector('#search button'));"
                      + " return r.getClientRects().length"))
          .as("the Search button's label stays on one line")
          .isEqualTo(1.0);
      savePhoneScreenshot(phone, "phone-story-list");

      driver.get(base + "/#/story/" + storyOf("silo-fire-wire.json"));
      await(driver, By.cssSelector("svg.provenance"));
      assertFitsTheWidth(driver);
      assertThat(
              number(
                  driver,
                  "return parseFloat(getComputedStyle(document.querySelector('p.lead')).fontSize)"))
          .as("body text size in CSS pixels")
          .isGreaterThanOrEqualTo(16.0);
      assertThat(
              number(
                  driver,
                  "return document.querySelector('button.cite').getBoundingClientRect().height"))
          .as("a citation is big enough to tap")
          .isGreaterThanOrEqualTo(20.0);
      savePhoneScreenshot(phone, "phone-story-page");

      driver.findElement(By.cssSelector("#points button.cite")).click();
      WebElement reader = await(driver, By.id("reader"));
      assertThat(reader.getRect().getWidth())
          .as("the article fills the phone's width")
          .isEqualTo(390);
      assertThat(number(driver, "return document.getElementById('reader').scrollWidth"))
          .as("a long unbroken word in an article wraps instead of running off the screen")
          .isLessThanOrEqualTo(
              number(driver, "return document.getElementById('reader').clientWidth"));
      savePhoneScreenshot(phone, "phone-citation-reader");
    }
  }

  private static void assertFitsTheWidth(ChromeDriver driver) {
    assertThat(number(driver, "return document.documentElement.scrollWidth"))
        .as("no sideways scrolling")
        .isLessThanOrEqualTo(number(driver, "return window.innerWidth"));
  }

  private static void savePhoneScreenshot(HeadlessChromium phone, String name) {
    Path png = phone.screenshot(name);
    PixelStats stats = PixelStats.of(png);
    assertThat(stats.looksBlank()).as(png + " looks blank: " + stats).isFalse();
  }
}
