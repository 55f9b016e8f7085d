package dev.newsdesk.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumDriverLogLevel;

/**
 * Debian's Chromium driven through Debian's chromedriver, for the end-to-end UI tests.
 *
 * <p>Design decision: both binaries are named explicitly (the {@code newsdesk.chromium} and {@code
 * newsdesk.chromedriver} system properties, else {@code /usr/bin}), so Selenium Manager never runs
 * and nothing is downloaded. The flags are those this machine needs: as root Chromium wants {@code
 * --no-sandbox}, and without the background-networking flags it keeps trying hosts that the closed
 * network refuses. Every session gets a new, empty profile that is deleted on close.
 */
final class HeadlessChromium implements AutoCloseable {
  static final Path CHROMIUM =
      Path.of(System.getProperty("newsdesk.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER =
      Path.of(System.getProperty("newsdesk.chromedriver", "/usr/bin/chromedriver"));

  /** A desktop window, or a phone's viewport (390 CSS pixels wide, touch, mobile user agent). */
  enum Screen {
    DESKTOP,
    PHONE
  }

  private final ChromeDriver driver;
  private final Path profile;

  private HeadlessChromium(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Why the browser tests cannot run here, or empty when both binaries are installed. */
  static Optional<String> missing() {
    List<String> absent = new ArrayList<>();
    for (Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
      if (!Files.isExecutable(binary)) {
        absent.add(binary.toString());
      }
    }
    return absent.isEmpty()
        ? Optional.empty()
        : Optional.of(
            "browser test skipped: "
                + String.join(" and ", absent)
                + " not installed (apt-get install chromium chromium-driver; .ci/run does this)");
  }

  static HeadlessChromium start(Screen screen) {
    Path profile;
    try {
      profile = Files.createTempDirectory("newsdesk-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        "--lang=en-US",
        "--window-size=1280,900",
        "--user-data-dir=" + profile);
    if (screen == Screen.PHONE) {
      options.setExperimentalOption(
          "mobileEmulation",
          Map.of("deviceMetrics", Map.of("width", 390, "height", 844, "pixelRatio", 2.0)));
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .withLogLevel(ChromiumDriverLogLevel.OFF)
            .withTimeout(Duration.ofSeconds(60))
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    return new HeadlessChromium(driver, profile);
  }

  ChromeDriver driver() {
    return driver;
  }

  /** Saves a screenshot of the viewport as {@code target/browser-screenshots/NAME.png}. */
  Path screenshot(String name) {
    byte[] png = driver.getScreenshotAs(OutputType.BYTES);
    try {
      Path dir = Files.createDirectories(Path.of("target", "browser-screenshots"));
      return Files.write(dir.resolve(name + ".png"), png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        // A profile left in the temp directory is harmless; the test result stands.
      }
    }
  }
}
