package dev.newsdesk.dedup;

import dev.newsdesk.model.ContentKind;
import dev.newsdesk.model.ItemMetadata;
import dev.newsdesk.model.RawDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Generates the syndication test stream from the hand-written reports in {@code
 * dedup/syndication/}, with a fixed seed: each {@code wire-*} report, then republished copies of it
 * under other outlets (another wrapper, a new headline, a dateline, the last paragraphs cut, light
 * rewording, and all of these at once), interleaved with independent reports of the same events.
 */
final class SyndicationSet {
  /** One generated item and the report it copies ({@code null} for an original). */
  record Item(RawDocument doc, String copyOf, String variant) {}

  private static final String[] OUTLETS = {
    "Northern Ledger", "Evening Post", "Daily Ribbon", "Metro Wire", "Valley Times"
  };
  private static final Map<String, String> SYNONYMS =
      Map.ofEntries(
          Map.entry("said", "stated"),
          Map.entry("began", "started"),
          Map.entry("about", "around"),
          Map.entry("found", "discovered"),
          Map.entry("after", "following"),
          Map.entry("will", "is to"),
          Map.entry("would", "could"),
          Map.entry("told", "informed"),
          Map.entry("roughly", "some"),
          Map.entry("expect", "anticipate"),
          Map.entry("asking", "calling"),
          Map.entry("small", "modest"),
          Map.entry("company", "firm"),
          Map.entry("highest", "largest"));

  private record Report(
      String name, String title, String source, LocalDate date, List<String> paras) {}

  private SyndicationSet() {}

  static List<Item> generate(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Report> reports = read();
    List<Item> items = new ArrayList<>();
    List<Item> copies = new ArrayList<>();
    for (Report r : reports) {
      items.add(
          new Item(doc(r.name(), r.source(), r.date(), r.title(), r.paras()), null, "original"));
      if (!r.name().startsWith("wire-")) {
        continue;
      }
      List<String> cut = r.paras().subList(0, r.paras().size() - 1 - random.nextInt(2));
      copies.add(copy(r, "wrapped", r.title(), wrap(r.paras()), random));
      copies.add(copy(r, "retitled", headline(r), dateline(r, r.paras()), random));
      copies.add(copy(r, "cut", r.title(), cut, random));
      copies.add(copy(r, "reworded", r.title(), reword(r.paras(), random), random));
      copies.add(
          copy(r, "all-at-once", headline(r), wrap(dateline(r, reword(cut, random))), random));
    }
    // Copies arrive after all originals, in a seeded order, so that copies of different reports
    // mix.
    for (int i = copies.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      Item t = copies.get(i);
      copies.set(i, copies.get(j));
      copies.set(j, t);
    }
    items.addAll(copies);
    return items;
  }

  private static Item copy(
      Report r, String variant, String title, List<String> paras, SplittableRandom random) {
    String outlet = OUTLETS[random.nextInt(OUTLETS.length)];
    String name = r.name() + "~" + variant;
    return new Item(
        doc(name, outlet, r.date().plusDays(random.nextInt(2)), title, paras), r.name(), variant);
  }

  private static List<String> wrap(List<String> paras) {
    List<String> out = new ArrayList<>();
    out.add("Home | News | Region | Sport | Weather");
    out.addAll(paras);
    out.add("Share this article: Facebook, X, Email");
    out.add("Copyright 2024. All rights reserved. Distributed by a news agency.");
    return out;
  }

  /** A new headline made from the lead's opening words. */
  private static String headline(Report r) {
    String[] words = r.paras().get(0).split(" ");
    return String.join(" ", Arrays.copyOfRange(words, 0, Math.min(9, words.length)));
  }

  private static List<String> dateline(Report r, List<String> paras) {
    List<String> out = new ArrayList<>(paras);
    String place =
        r.title().split(" ")[r.title().split(" ").length - 1].toUpperCase(java.util.Locale.ROOT);
    out.set(0, place + ", " + r.date().getDayOfMonth() + " April (Coastwire) - " + out.get(0));
    return out;
  }

  /** Light rewording: about one word in four that has a synonym is swapped for it. */
  private static List<String> reword(List<String> paras, SplittableRandom random) {
    List<String> out = new ArrayList<>();
    for (String p : paras) {
      StringBuilder b = new StringBuilder();
      for (String w : p.split(" ")) {
        String swap = SYNONYMS.get(w);
        b.append(b.length() == 0 ? "" : " ")
            .append(swap != null && random.nextInt(4) > 0 ? swap : w);
      }
      out.add(b.toString());
    }
    return out;
  }

  private static RawDocument doc(
      String name, String source, LocalDate date, String title, List<String> paras) {
    ItemMetadata meta = new ItemMetadata(null, source, title, date, null, null, "en");
    return new RawDocument(name, ContentKind.TEXT_BODY, String.join("\n\n", paras), meta);
  }

  private static List<Report> read() {
    URL url = SyndicationSet.class.getResource("/dedup/syndication/README.md");
    try (Stream<Path> files = Files.list(Path.of(url.toURI()).getParent())) {
      List<Report> reports = new ArrayList<>();
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String[] blocks = Files.readString(f, StandardCharsets.UTF_8).strip().split("\n\\s*\n");
        String[] head = blocks[0].split("\n", 2);
        String[] meta = head[0].split("\\|");
        List<String> paras = new ArrayList<>();
        paras.add(head[1].strip());
        for (int i = 1; i < blocks.length; i++) {
          paras.add(blocks[i].strip());
        }
        String name = f.getFileName().toString().replace(".txt", "");
        reports.add(new Report(name, meta[0], meta[1], LocalDate.parse(meta[2]), paras));
      }
      return reports;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
