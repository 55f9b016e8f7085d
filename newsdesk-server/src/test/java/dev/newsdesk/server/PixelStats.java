package dev.newsdesk.server;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * How much a screenshot varies: the share of its most common colour and the spread of its
 * brightness. A blank page (all white, all one colour, an empty frame) has a dominant share near 1
 * and a spread near 0; a page of text and boxes has neither.
 */
record PixelStats(int width, int height, double dominantShare, double luminanceStdDev) {
  /** Below this spread, or above this share of one colour, a screenshot shows nothing. */
  static final double MIN_STD_DEV = 6;

  static final double MAX_DOMINANT_SHARE = 0.97;

  static PixelStats of(Path png) {
    BufferedImage image;
    try {
      image = ImageIO.read(Files.newInputStream(png));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (image == null) {
      throw new IllegalArgumentException(png + " is not an image ImageIO can read");
    }
    return of(image);
  }

  static PixelStats of(BufferedImage image) {
    Map<Integer, Integer> colours = new HashMap<>();
    double sum = 0;
    double squares = 0;
    long n = (long) image.getWidth() * image.getHeight();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        colours.merge(rgb, 1, Integer::sum);
        double luminance =
            0.2126 * (rgb >> 16 & 0xFF) + 0.7152 * (rgb >> 8 & 0xFF) + 0.0722 * (rgb & 0xFF);
        sum += luminance;
        squares += luminance * luminance;
      }
    }
    int dominant = colours.values().stream().max(Integer::compare).orElse(0);
    double mean = sum / n;
    double variance = Math.max(0, squares / n - mean * mean);
    return new PixelStats(
        image.getWidth(), image.getHeight(), dominant / (double) n, Math.sqrt(variance));
  }

  boolean looksBlank() {
    return dominantShare > MAX_DOMINANT_SHARE || luminanceStdDev < MIN_STD_DEV;
  }
}
