package dev.newsdesk.eval;

import dev.newsdesk.analyze.DateFinder;
import dev.newsdesk.internal.ResourceLines;
import dev.newsdesk.model.DateMention;
import dev.newsdesk.model.DatePrecision;
import dev.newsdesk.model.Sentence;
import dev.newsdesk.model.Span;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The team's date-phrase test set ({@code date-phrases.tsv}): a sentence, its publication date and
 * the date a reader resolves its first date phrase to, or none. A phrase is right when the first
 * date found has the expected value and precision, or when none is expected and none is found.
 * Stateless and thread-safe.
 */
public final class DatePhrases {
  private static final String RESOURCE = "date-phrases.tsv";

  /**
   * One phrase of the set.
   *
   * @param expected the resolved date, or null when the phrase must stay unresolved
   * @param precision the expected precision, or null with a null date
   */
  public record Phrase(
      LocalDate published, String sentence, LocalDate expected, DatePrecision precision) {
    public Phrase {
      Objects.requireNonNull(published, "published");
      Objects.requireNonNull(sentence, "sentence");
    }
  }

  /** A phrase with the date found for it, if any. */
  public record Verdict(Phrase phrase, Optional<DateMention> found) {
    public boolean correct() {
      if (phrase.expected() == null) {
        return found.isEmpty();
      }
      return found.isPresent()
          && found.get().value().equals(phrase.expected())
          && found.get().precision() == phrase.precision();
    }
  }

  private DatePhrases() {}

  /** The phrases of the set, in file order. */
  public static List<Phrase> phrases() {
    return ResourceLines.read(DatePhrases.class, RESOURCE, DatePhrases::parse);
  }

  private static Phrase parse(String line, int lineNumber) {
    String[] cols = line.split("\t");
    if (cols.length != 4) {
      throw new IllegalStateException(
          RESOURCE + " line " + lineNumber + ": want published, sentence, date|none, precision");
    }
    try {
      boolean none = cols[2].equals("none");
      return new Phrase(
          LocalDate.parse(cols[0]),
          cols[1],
          none ? null : LocalDate.parse(cols[2]),
          none ? null : DatePrecision.valueOf(cols[3].toUpperCase(Locale.ROOT)));
    } catch (DateTimeParseException | IllegalArgumentException e) {
      throw new IllegalStateException(RESOURCE + " line " + lineNumber + ": " + e.getMessage(), e);
    }
  }

  /** The first date the finder resolves in each phrase's sentence. */
  public static List<Verdict> score(List<Phrase> phrases) {
    DateFinder finder = new DateFinder();
    List<Verdict> verdicts = new ArrayList<>();
    for (Phrase p : phrases) {
      Sentence sentence =
          new Sentence(0, new Span(0, p.sentence().length()), p.sentence(), List.of());
      List<DateMention> found = finder.find(List.of(sentence), p.published());
      verdicts.add(new Verdict(p, found.stream().findFirst()));
    }
    return verdicts;
  }
}
