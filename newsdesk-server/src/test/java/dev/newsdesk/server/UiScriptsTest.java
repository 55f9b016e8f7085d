package dev.newsdesk.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The UI's scripts keep article text as text: no API that parses a string as HTML or code appears
 * in them. Runs without a browser, so the rule holds where the browser test is skipped.
 */
class UiScriptsTest {
  private static final List<String> PARSES_HTML_OR_CODE =
      List.of(
          "innerHTML",
          "outerHTML",
          "insertAdjacentHTML",
          "document.write",
          "DOMParser",
          "createContextualFragment",
          "eval(",
          "new Function",
          "setTimeout(\"",
          "srcdoc");

  private static String script(String name) {
    try (InputStream in = UiScriptsTest.class.getResourceAsStream("/public/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no UI script /public/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"app.js", "graph.js"})
  void aUiScriptNeverParsesAStringAsHtmlOrCode(String name) {
    // Comment lines may name what the code avoids.
    String code =
        script(name)
            .lines()
            .filter(line -> !line.strip().startsWith("//"))
            .collect(Collectors.joining("\n"));
    assertThat(PARSES_HTML_OR_CODE).as(name).noneMatch(code::contains);
  }
}
