package dev.newsdesk.eval;

import dev.newsdesk.Pipeline;
import dev.newsdesk.extract.RejectedItemException;
import dev.newsdesk.internal.ResourceLines;
import dev.newsdesk.model.ContentKind;
import dev.newsdesk.model.ItemMetadata;
import dev.newsdesk.model.RawDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A syndication stream made from PolNeAR at evaluation time, with a fixed seed: every article of
 * the corpus in publication order (real reports, many of them about the same happening as another
 * outlet's, none a copy by construction), with republished copies of a sample of them interleaved
 * by date. A copy is one of six {@link Variant}s. Nothing generated is stored.
 *
 * <p>Design decision: copies are put under invented outlets and dated zero to two days after their
 * original, as wire copies arrive; the original always comes first in the stream.
 */
public final class PolnearSyndication {
  /** How a copy differs from its original. */
  public enum Variant {
    /** Another outlet's page furniture before, inside and after the unchanged text. */
    WRAPPED,
    /** A new headline, a wire dateline, the last paragraphs cut and a contributor line added. */
    WIRE_EDIT,
    /** The last third or so of the paragraphs cut. */
    CUT,
    /** Two paragraphs of an unrelated article appended (a "related stories" block). */
    APPENDED,
    /** Light rewording: common words swapped for synonyms, a new headline. */
    REWORDED,
    /** Wrapper, headline, dateline, cut and rewording at once. */
    ALL_AT_ONCE
  }

  /** One item of the stream and, for a copy, the article it copies and how. */
  public record Item(RawDocument doc, String copyOf, Variant variant) {
    public boolean isCopy() {
      return copyOf != null;
    }
  }

  private static final String[] OUTLETS = {
    "Lakeside Courier", "Prairie Dispatch", "Harbor Herald", "Summit Ledger", "Capitol Wire Digest"
  };
  private static final Map<String, String> SYNONYMS =
      Map.ofEntries(
          Map.entry("said", "stated"),
          Map.entry("says", "states"),
          Map.entry("told", "informed"),
          Map.entry("about", "around"),
          Map.entry("after", "following"),
          Map.entry("also", "additionally"),
          Map.entry("but", "however"),
          Map.entry("big", "large"),
          Map.entry("many", "numerous"),
          Map.entry("people", "individuals"),
          Map.entry("help", "assist"),
          Map.entry("show", "demonstrate"),
          Map.entry("get", "obtain"),
          Map.entry("began", "started"),
          Map.entry("think", "believe"),
          Map.entry("want", "wish"),
          Map.entry("need", "require"),
          Map.entry("because", "since"),
          Map.entry("while", "whereas"),
          Map.entry("called", "described"),
          Map.entry("use", "employ"),
          Map.entry("during", "throughout"),
          Map.entry("before", "prior to"),
          Map.entry("against", "versus"),
          Map.entry("campaign", "bid"));

  /** The seed and the number of copies of the scoreboard row. */
  public static final long SEED = 2016;

  public static final int COPIES = 300;

  private static final int MIN_PARAGRAPHS = 4;
  private static final int MIN_WORDS = 150;

  private PolnearSyndication() {}

  /**
   * Copy precision and recall of the dedup stage on the stream of {@link #generate}: a copy verdict
   * is right when it names an article of the same report (the original, an earlier copy of it, or
   * the other half of a reprint pair the corpus itself holds, {@code polnear-reprints.tsv}); any
   * other copy verdict, on a copy or on a corpus article, is wrong. Recall counts the generated
   * copies; the corpus's own reprints found are counted beside it. The row also counts wrong
   * verdicts on corpus articles that named an article of the same team-labelled happening ({@link
   * PolnearEvents}): same-event reports that are not copies.
   */
  public static Scoreboard.Row row(Path dir) throws IOException {
    Map<String, String> groupOf = new HashMap<>();
    PolnearEvents.labels().forEach(l -> groupOf.put(l.article(), l.group()));
    Map<String, String> reprintOf = reprints();
    Pipeline pipeline = Pipeline.create();
    Tally tally = new Tally();
    Map<String, String> reportOf = new HashMap<>();
    for (Item item : generate(dir, SEED, COPIES)) {
      String input = item.doc().input();
      String source = item.isCopy() ? item.copyOf() : input;
      String report = reprintOf.getOrDefault(source, source);
      reportOf.put(input, report);
      String named;
      try {
        named = pipeline.accept(item.doc()).duplicateOfInput();
      } catch (RejectedItemException e) {
        named = null;
      }
      boolean sameEvent =
          groupOf.containsKey(input) && groupOf.get(input).equals(groupOf.get(named));
      tally.count(item, named == null ? null : report.equals(reportOf.get(named)), sameEvent);
    }
    return Scoreboard.Row.measured(
        "dedup-syndication",
        "polnear (generated copies)",
        "seed " + SEED + ", " + tally.copies() + " copies",
        tally.figures(reprintOf.size()),
        "no published scores; goal copy_p >= 0.99, copy_r >= 0.95");
  }

  /** Verdict counts, per variant for the generated copies. */
  private static final class Tally {
    final int[] copies = new int[Variant.values().length];
    final int[] found = new int[Variant.values().length];
    int reprintsFound;
    int wrong;
    int originalsFlagged;
    int sameEventFlagged;

    /** {@code right} is null when no copy verdict was given. */
    void count(Item item, Boolean right, boolean sameEvent) {
      if (item.isCopy()) {
        copies[item.variant().ordinal()]++;
      }
      if (right == null) {
        return;
      }
      if (right && item.isCopy()) {
        found[item.variant().ordinal()]++;
      } else if (right) {
        reprintsFound++;
      } else {
        wrong++;
        originalsFlagged += item.isCopy() ? 0 : 1;
        sameEventFlagged += !item.isCopy() && sameEvent ? 1 : 0;
      }
    }

    int copies() {
      return Arrays.stream(copies).sum();
    }

    Map<String, Double> figures(int reprints) {
      int allFound = Arrays.stream(found).sum();
      int right = allFound + reprintsFound;
      Map<String, Double> figures = new LinkedHashMap<>();
      figures.put("copy_p", right + wrong == 0 ? 1 : right / (double) (right + wrong));
      figures.put("copy_r", copies() == 0 ? 0 : allFound / (double) copies());
      figures.put("copies", (double) copies());
      figures.put("wrong", (double) wrong);
      figures.put("reprints_found", (double) reprintsFound);
      figures.put("reprints", (double) reprints);
      figures.put("originals_wrongly_flagged", (double) originalsFlagged);
      figures.put("same_event_flagged", (double) sameEventFlagged);
      for (Variant v : Variant.values()) {
        int n = copies[v.ordinal()];
        figures.put(
            "r_" + v.name().toLowerCase(Locale.ROOT), n == 0 ? 0 : found[v.ordinal()] / (double) n);
      }
      return figures;
    }
  }

  /** The later article of each reprint pair, mapped to the earlier one. */
  static Map<String, String> reprints() {
    Map<String, String> earlier = new HashMap<>();
    List<String[]> pairs =
        ResourceLines.read(
            PolnearSyndication.class,
            "polnear-reprints.tsv",
            (line, number) -> {
              String[] cells = line.split("\t", -1);
              if (cells.length != 2 || cells[0].isBlank() || cells[1].isBlank()) {
                throw new IllegalStateException(
                    "polnear-reprints.tsv line " + number + ": expected <earlier> TAB <later>");
              }
              return cells;
            });
    pairs.forEach(pair -> earlier.put(pair[1].strip(), pair[0].strip()));
    return earlier;
  }

  /**
   * The stream: all corpus articles, and one copy each of {@code copies} articles drawn with the
   * seed from those with at least four paragraphs and 150 words; variants are dealt in turn, so
   * each has about the same number of copies.
   */
  public static List<Item> generate(Path dir, long seed, int copies) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    List<PolnearMetadata> rows = PolnearEvents.inDateOrder(dir);
    List<Item> originals = new ArrayList<>();
    List<Item> eligible = new ArrayList<>();
    for (PolnearMetadata row : rows) {
      Item item = new Item(PolnearEvents.document(dir, row), null, null);
      originals.add(item);
      List<String> paras = paragraphs(item.doc().body());
      if (paras.size() - 1 >= MIN_PARAGRAPHS && words(paras) >= MIN_WORDS) {
        eligible.add(item);
      }
    }
    shuffle(eligible, random);
    List<Item> stream = new ArrayList<>(originals);
    Variant[] variants = Variant.values();
    for (int i = 0; i < Math.min(copies, eligible.size()); i++) {
      Item original = eligible.get(i);
      Item other = originals.get(random.nextInt(originals.size()));
      stream.add(copy(original, other, variants[i % variants.length], i, random));
    }
    // By date; on one date the corpus articles come first, so a copy never precedes its original.
    stream.sort(
        Comparator.comparing((Item it) -> it.doc().metadata().published())
            .thenComparing(it -> it.isCopy() ? 1 : 0));
    return stream;
  }

  private static Item copy(
      Item original, Item other, Variant variant, int index, SplittableRandom random) {
    List<String> paras = paragraphs(original.doc().body());
    String title = paras.get(0);
    List<String> body = new ArrayList<>(paras.subList(1, paras.size()));
    String outlet = OUTLETS[random.nextInt(OUTLETS.length)];
    switch (variant) {
      case WRAPPED -> body = wrap(body, outlet);
      case WIRE_EDIT -> {
        title = headline(body);
        body = dateline(cut(body, random));
        body.add("Associated Press writers in Washington contributed to this report.");
      }
      case CUT -> body = cut(body, random);
      case APPENDED -> {
        List<String> extra = paragraphs(other.doc().body());
        body.add("Related coverage:");
        body.addAll(extra.subList(1, Math.min(3, extra.size())));
      }
      case REWORDED -> {
        body = reword(body, random);
        title = headline(body);
      }
      case ALL_AT_ONCE -> {
        body = reword(cut(body, random), random);
        title = headline(body);
        body = wrap(dateline(body), outlet);
      }
    }
    String name = "copy" + index + "~" + variant.name().toLowerCase(Locale.ROOT) + "~";
    String input = name + original.doc().input();
    LocalDate date = original.doc().metadata().published().plusDays(random.nextInt(3));
    ItemMetadata meta = new ItemMetadata(null, outlet, null, date, null, null, "en");
    String text = title + "\n\n" + String.join("\n\n", body);
    return new Item(
        new RawDocument(input, ContentKind.TEXT_TITLED, text, meta),
        original.doc().input(),
        variant);
  }

  /** The title line first, then the paragraphs, blank lines dropped. */
  static List<String> paragraphs(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  private static int words(List<String> paras) {
    return paras.stream().mapToInt(p -> p.split("\\s+").length).sum();
  }

  private static List<String> wrap(List<String> body, String outlet) {
    List<String> out = new ArrayList<>();
    out.add("Home | Politics | Nation | World | Opinion | Video");
    out.add(outlet + " staff and wire reports");
    out.addAll(body.subList(0, body.size() / 2));
    out.add("Advertisement");
    out.addAll(body.subList(body.size() / 2, body.size()));
    out.add("Share this story: Facebook Twitter Email Print");
    out.add("Copyright 2016 " + outlet + ". All rights reserved.");
    return out;
  }

  /** Keeps the first half to two thirds of the paragraphs, at least two. */
  private static List<String> cut(List<String> body, SplittableRandom random) {
    int keep = Math.max(2, body.size() / 2 + random.nextInt(body.size() / 6 + 1));
    return new ArrayList<>(body.subList(0, Math.min(keep, body.size())));
  }

  /** A new headline made from the lead's opening words. */
  private static String headline(List<String> body) {
    String[] words = body.get(0).split("\\s+");
    return String.join(" ", Arrays.copyOfRange(words, 0, Math.min(9, words.length)));
  }

  private static List<String> dateline(List<String> body) {
    List<String> out = new ArrayList<>(body);
    out.set(0, "WASHINGTON (AP) - " + out.get(0));
    return out;
  }

  /** Light rewording: about half the words that have a listed synonym are swapped for it. */
  private static List<String> reword(List<String> body, SplittableRandom random) {
    List<String> out = new ArrayList<>();
    for (String p : body) {
      StringBuilder b = new StringBuilder();
      for (String w : p.split(" ")) {
        String swap = SYNONYMS.get(w);
        b.append(b.length() == 0 ? "" : " ")
            .append(swap != null && random.nextBoolean() ? swap : w);
      }
      out.add(b.toString());
    }
    return out;
  }

  private static <T> void shuffle(List<T> list, SplittableRandom random) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T t = list.get(i);
      list.set(i, list.get(j));
      list.set(j, t);
    }
  }
}
