package dev.newsdesk;

import dev.newsdesk.model.ContentKind;
import dev.newsdesk.model.ItemMetadata;
import dev.newsdesk.model.RawDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A long generated stream of local news from {@code stream/event-templates.txt}: one event every
 * {@value #DAYS_BETWEEN_EVENTS} days, each reported {@value #REPORTS} times over its first three
 * days by different outlets, about one report in five a verbatim copy of an earlier one. Templates
 * take turns, so one template's events are {@code 8 * DAYS_BETWEEN_EVENTS} days apart: longer than
 * the quiet window, so every event is its own story and every story goes quiet. Seeded.
 */
record EventStream(List<RawDocument> items) {
  static final int DAYS_BETWEEN_EVENTS = 5;
  static final int REPORTS = 5;
  static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
  private static final String[] SYLLABLES = {
    "ka", "ro", "ven", "mi", "tal", "dor", "sa", "ne", "bri", "lo", "zan", "ter", "vo", "mar"
  };
  private static final String[] OUTLETS = {
    "Harbour Times", "Valley Post", "County Echo", "Evening Star", "Morning Herald"
  };

  static EventStream generate(int events, long seed) {
    List<String[]> templates = templates();
    SplittableRandom random = new SplittableRandom(seed);
    List<Dated> dated = new ArrayList<>();
    for (int e = 0; e < events; e++) {
      String[] template = templates.get(e % templates.size());
      String place = invent(random);
      String name = invent(random) + " " + invent(random);
      String number = Integer.toString(10 + random.nextInt(900));
      LocalDate start = FIRST_DAY.plusDays((long) e * DAYS_BETWEEN_EVENTS);
      List<String> bodies = new ArrayList<>();
      for (int r = 0; r < REPORTS; r++) {
        String body;
        if (r > 0 && random.nextInt(5) == 0) {
          body = bodies.get(random.nextInt(bodies.size()));
        } else {
          int left = 1 + random.nextInt(template.length - 1);
          StringBuilder b = new StringBuilder();
          for (int s = 1; s < template.length; s++) {
            if (s != left || template.length == 2) {
              b.append(b.length() == 0 ? "" : " ").append(template[s]);
            }
          }
          body = fill(b.toString(), place, name, number);
        }
        bodies.add(body);
        String input = String.format(Locale.ROOT, "event-%04d-report-%d", e, r);
        dated.add(
            new Dated(
                start.plusDays(r * 3L / REPORTS),
                dated.size(),
                new RawDocument(
                    input,
                    ContentKind.TEXT_BODY,
                    body,
                    new ItemMetadata(
                        null,
                        OUTLETS[random.nextInt(OUTLETS.length)],
                        fill(template[0], place, name, number),
                        start.plusDays(r * 3L / REPORTS),
                        null,
                        null,
                        "en"))));
      }
    }
    dated.sort(Comparator.comparing(Dated::day).thenComparingInt(Dated::order));
    return new EventStream(dated.stream().map(Dated::item).toList());
  }

  private record Dated(LocalDate day, int order, RawDocument item) {}

  private static String fill(String text, String place, String name, String number) {
    return text.replace("{place}", place).replace("{name}", name).replace("{number}", number);
  }

  private static String invent(SplittableRandom random) {
    StringBuilder word = new StringBuilder();
    int syllables = 2 + random.nextInt(2);
    for (int i = 0; i < syllables; i++) {
      word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  private static List<String[]> templates() {
    try (InputStream in = EventStream.class.getResourceAsStream("/stream/event-templates.txt")) {
      if (in == null) {
        throw new IllegalStateException("no fixture stream/event-templates.txt");
      }
      List<String[]> templates = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          templates.add(line.strip().split("\\s*\\|\\s*"));
        }
      }
      return templates;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
