package dev.newsdesk.analyze;

/**
 * Jaro-Winkler similarity, written here in a few lines because it is the one string metric name
 * matching needs and no well-kept library of this project's set provides it.
 */
final class JaroWinkler {
  private JaroWinkler() {}

  static double similarity(String a, String b) {
    if (a.equals(b)) {
      return 1.0;
    }
    int window = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
    boolean[] matchedA = new boolean[a.length()];
    boolean[] matchedB = new boolean[b.length()];
    int matches = 0;
    for (int i = 0; i < a.length(); i++) {
      for (int j = Math.max(0, i - window); j < Math.min(b.length(), i + window + 1); j++) {
        if (!matchedB[j] && a.charAt(i) == b.charAt(j)) {
          matchedA[i] = true;
          matchedB[j] = true;
          matches++;
          break;
        }
      }
    }
    if (matches == 0) {
      return 0;
    }
    int transpositions = 0;
    for (int i = 0, j = 0; i < a.length(); i++) {
      if (matchedA[i]) {
        while (!matchedB[j]) {
          j++;
        }
        if (a.charAt(i) != b.charAt(j)) {
          transpositions++;
        }
        j++;
      }
    }
    double m = matches;
    double jaro = (m / a.length() + m / b.length() + (m - transpositions / 2.0) / m) / 3.0;
    int prefix = 0;
    while (prefix < Math.min(4, Math.min(a.length(), b.length()))
        && a.charAt(prefix) == b.charAt(prefix)) {
      prefix++;
    }
    return jaro + prefix * 0.1 * (1 - jaro);
  }
}
