package dev.newsdesk.brief;

import dev.newsdesk.model.ArticleId;
import dev.newsdesk.model.Brief;
import dev.newsdesk.model.Report;
import dev.newsdesk.model.StoryMember;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Short, readable names for articles in citations: the input's file name without folders or
 * extension.
 */
final class CitationLabels {
  private final Map<ArticleId, String> labels = new HashMap<>();

  CitationLabels(Report report) {
    Map<String, Set<String>> filesByPrefix = new HashMap<>();
    for (Brief brief : report.stories()) {
      for (StoryMember member : brief.articles()) {
        String file = file(member.article().article().input());
        filesByPrefix.computeIfAbsent(prefix(file), p -> new HashSet<>()).add(file);
      }
    }
    for (Brief brief : report.stories()) {
      for (StoryMember member : brief.articles()) {
        String input = member.article().article().input();
        String file = file(input);
        String shortFile = filesByPrefix.get(prefix(file)).size() == 1 ? prefix(file) : file;
        labels.put(member.id(), shortFile + item(input));
      }
    }
  }

  String of(ArticleId id) {
    return labels.getOrDefault(id, id.value());
  }

  String of(List<ArticleId> ids) {
    return ids.stream().map(this::of).collect(Collectors.joining(", "));
  }

  /** The file name without folders or extension: {@code 002_c7eec346655a2cd4}. */
  private static String file(String input) {
    String name = input.substring(Math.max(input.lastIndexOf('/'), input.lastIndexOf('\\')) + 1);
    int hash = name.indexOf('#');
    String file = hash < 0 ? name : name.substring(0, hash);
    int dot = file.indexOf('.');
    return dot > 0 ? file.substring(0, dot) : file;
  }

  /** The part of a file name before its first underscore: {@code 002}. */
  private static String prefix(String file) {
    int underscore = file.indexOf('_');
    return underscore > 0 ? file.substring(0, underscore) : file;
  }

  private static String item(String input) {
    int hash = input.lastIndexOf('#');
    return hash < 0 ? "" : input.substring(hash);
  }
}
