package dev.newsdesk.dedup;

import dev.newsdesk.model.ArticleId;
import java.util.Objects;

/**
 * Whether an article copies an earlier one.
 *
 * @param original the earliest article it copies, or null when it is original
 * @param similarity the measure that decided it (Jaccard, containment or sentence share), 0 if none
 */
public record DuplicateVerdict(ArticleId original, Kind kind, double similarity) {
  public enum Kind {
    ORIGINAL,
    EXACT,
    NEAR,
    REWRITE
  }

  public DuplicateVerdict {
    Objects.requireNonNull(kind, "kind");
    if ((original == null) != (kind == Kind.ORIGINAL)) {
      throw new IllegalArgumentException("an original has no original; a copy has one");
    }
  }

  public static DuplicateVerdict none() {
    return new DuplicateVerdict(null, Kind.ORIGINAL, 0);
  }

  public boolean isCopy() {
    return original != null;
  }
}
