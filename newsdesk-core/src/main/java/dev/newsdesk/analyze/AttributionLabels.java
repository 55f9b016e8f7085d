package dev.newsdesk.analyze;

import dev.newsdesk.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The tagger's labels: BILOU over the three parts of an attribution ({@code B-source}, {@code
 * I-source}, {@code L-source}, {@code U-source}, {@code B-cue}, …, {@code O}). A token inside no
 * part is {@code O}; a part of one token is {@code U-}; a longer part's first token is {@code B-},
 * its last {@code L-}, the rest {@code I-}. What the tagger gives back is read as BIO ({@link
 * #toBio}): a part begins at {@code B-} and goes on through {@code I-}. Stateless.
 *
 * <p>Design decision: BILOU rather than BIO for training. With the CRF, a label of its own for a
 * part's last token and for a one-token part (most cues) taught it where parts end: PolNeAR dev
 * 0.734 / 0.701 / 0.538 / 0.854 (source, cue, content exact F1; content overlap F1) with BIO, 0.743
 * / 0.708 / 0.547 / 0.852 with BILOU, at 13 outcomes instead of 7.
 */
final class AttributionLabels {
  static final String OUTSIDE = "O";
  static final String SOURCE = "source";
  static final String CUE = "cue";
  static final String CONTENT = "content";

  /** Every label a sequence may carry: outside, and the four position labels of each kind. */
  static final Set<String> ALL = all();

  /** A tagged part: its kind and its tokens {@code [from, to)}. */
  record Part(String kind, int from, int to) {}

  private AttributionLabels() {}

  /**
   * One label per token from character spans by kind. A token belongs to a span when it starts
   * inside it; where spans of different kinds claim a token, a cue wins over a source and a source
   * over a content (PolNeAR's labels are univocal; a content's hull may hold its cue).
   */
  static String[] encode(
      List<Span> tokens, List<Span> sources, List<Span> cues, List<Span> contents) {
    String[] kind = new String[tokens.size()];
    int[] id = new int[tokens.size()];
    int next = mark(tokens, contents, CONTENT, kind, id, 1);
    next = mark(tokens, sources, SOURCE, kind, id, next);
    mark(tokens, cues, CUE, kind, id, next);
    String[] labels = new String[tokens.size()];
    for (int t = 0; t < labels.length; t++) {
      if (kind[t] == null) {
        labels[t] = OUTSIDE;
      } else {
        boolean begins = t == 0 || id[t - 1] != id[t];
        boolean ends = t + 1 == labels.length || id[t + 1] != id[t];
        labels[t] = (begins ? (ends ? "U-" : "B-") : (ends ? "L-" : "I-")) + kind[t];
      }
    }
    return labels;
  }

  /** Marks the tokens of each span with its kind and a fresh id from {@code next}; the next id. */
  private static int mark(
      List<Span> tokens, List<Span> spans, String label, String[] kind, int[] id, int next) {
    int fresh = next;
    for (Span s : spans) {
      for (int t = firstTokenAtOrAfter(tokens, s.start()); t < tokens.size(); t++) {
        if (tokens.get(t).start() >= s.end()) {
          break;
        }
        kind[t] = label;
        id[t] = fresh;
      }
      fresh++;
    }
    return fresh;
  }

  /**
   * The labels as BIO: a one-token part's {@code U-} is {@code B-}, a last token's {@code L-} is
   * {@code I-}. A new array.
   */
  static String[] toBio(String[] labels) {
    String[] bio = new String[labels.length];
    for (int t = 0; t < labels.length; t++) {
      String label = labels[t];
      if (label.startsWith("U-")) {
        bio[t] = "B-" + label.substring(2);
      } else if (label.startsWith("L-")) {
        bio[t] = "I-" + label.substring(2);
      } else {
        bio[t] = label;
      }
    }
    return bio;
  }

  /** The parts a valid BIO label sequence marks, in order. */
  static List<Part> decode(String[] labels) {
    List<Part> parts = new ArrayList<>();
    int from = -1;
    String kind = null;
    for (int t = 0; t <= labels.length; t++) {
      String label = t < labels.length ? labels[t] : OUTSIDE;
      boolean continues = kind != null && label.equals("I-" + kind);
      if (!continues && kind != null) {
        parts.add(new Part(kind, from, t));
        kind = null;
      }
      if (label.startsWith("B-") || (label.startsWith("I-") && kind == null)) {
        kind = label.substring(2);
        from = t;
      }
    }
    return parts;
  }

  /**
   * True when {@code label} may follow {@code previous} (null at the start): no I- after another
   * kind.
   */
  static boolean valid(String previous, String label) {
    if (!label.startsWith("I-")) {
      return true;
    }
    return previous != null
        && previous.length() > 2
        && previous.substring(2).equals(label.substring(2));
  }

  /**
   * The labels made valid BIO: an inside label that may not follow the one before it begins a part
   * of its kind instead (what {@link #decode} reads it as). Changes {@code labels} in place and
   * returns it.
   */
  static String[] repaired(String[] labels) {
    for (int t = 0; t < labels.length; t++) {
      if (!valid(t == 0 ? null : labels[t - 1], labels[t])) {
        labels[t] = "B-" + labels[t].substring(2);
      }
    }
    return labels;
  }

  private static Set<String> all() {
    return Stream.concat(
            Stream.of(OUTSIDE),
            Stream.of(SOURCE, CUE, CONTENT)
                .flatMap(kind -> Stream.of("B-", "I-", "L-", "U-").map(p -> p + kind)))
        .collect(Collectors.toUnmodifiableSet());
  }

  private static int firstTokenAtOrAfter(List<Span> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
