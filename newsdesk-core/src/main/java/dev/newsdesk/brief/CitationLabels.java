package dev.newsdesk.brief;

import dev.newsdesk.model.ArticleId;
import dev.newsdesk.model.Brief;
import dev.newsdesk.model.Report;
import dev.newsdesk.model.StoryMember;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Short, readable names for articles in citations: the input's file name without folders or
 * extension.
 */
final class CitationLabels {
  private final Map<ArticleId, String> labels = new HashMap<>();

  CitationLabels(Report report) {
    for (Brief brief : report.stories()) {
      for (StoryMember member : brief.articles()) {
        labels.put(member.id(), label(member.article().article().input()));
      }
    }
  }

  String of(ArticleId id) {
    return labels.getOrDefault(id, id.value());
  }

  String of(List<ArticleId> ids) {
    return ids.stream().map(this::of).collect(Collectors.joining(", "));
  }

  static String label(String input) {
    String name = input.substring(Math.max(input.lastIndexOf('/'), input.lastIndexOf('\\')) + 1);
    int hash = name.indexOf('#');
    String file = hash < 0 ? name : name.substring(0, hash);
    String item = hash < 0 ? "" : name.substring(hash);
    int dot = file.indexOf('.');
    return (dot > 0 ? file.substring(0, dot) : file) + item;
  }
}
