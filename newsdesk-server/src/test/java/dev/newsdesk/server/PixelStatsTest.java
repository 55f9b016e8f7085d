package dev.newsdesk.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/**
 * The blank-screenshot check itself, on images drawn here, so it is known to tell the two apart.
 */
class PixelStatsTest {
  private static BufferedImage white() {
    BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 400, 300);
    g.dispose();
    return image;
  }

  @Test
  void anAllWhitePageLooksBlank() {
    assertThat(PixelStats.of(white()).looksBlank()).isTrue();
  }

  @Test
  void aPageWithOneShortWordStillLooksBlank() {
    BufferedImage image = white();
    Graphics2D g = image.createGraphics();
    g.setColor(Color.BLACK);
    g.fillRect(10, 10, 24, 8);
    g.dispose();
    assertThat(PixelStats.of(image).looksBlank()).isTrue();
  }

  @Test
  void aPageWithAHeaderBarAndLinesOfTextDoesNotLookBlank() {
    // Lines of text drawn as the dark strokes they are at a glance: no fonts needed on the machine.
    BufferedImage image = white();
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(20, 33, 61));
    g.fillRect(0, 0, 400, 40);
    g.setColor(Color.DARK_GRAY);
    for (int line = 0; line < 12; line++) {
      for (int word = 0; word < 8; word++) {
        g.fillRect(10 + word * 46, 60 + line * 18, 38, 9);
      }
    }
    g.dispose();
    PixelStats stats = PixelStats.of(image);
    assertThat(stats.looksBlank()).as(stats.toString()).isFalse();
  }
}
