package dev.newsdesk.eval;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Paths of the hand-written fixtures under {@code src/test/resources/eval/}. */
final class Fixtures {
  private Fixtures() {}

  static Path path(String name) {
    URL url = Fixtures.class.getResource("/eval/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no fixture eval/" + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
