package dev.newsdesk.eval;

import dev.newsdesk.model.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the attribution annotations of one brat standoff ({@code .ann}) file: text-bound lines
 * {@code T<n>\t<Type> <start> <end>[;<start> <end>…]\t<text>} and event lines {@code
 * E<n>\t<TriggerType>:T<a> <Role>:T<b> …}.
 *
 * <p>The covered text after the second tab is not used (offsets into the article are the truth);
 * when it spans several lines, the following lines are its continuation and are skipped. Notes
 * ({@code #}), attributes ({@code A}, {@code M}), normalisations ({@code N}) and binary relations
 * ({@code R}) are ignored.
 */
final class BratAnnotations {
  private static final Pattern RECORD = Pattern.compile("[TERAMN#][0-9]*\t.*");
  private static final Pattern CONTENT_ROLE = Pattern.compile("Content([0-9]{0,4})");

  record Parsed(List<AnnotatedSpan> spans, List<AttributionRelation> relations) {}

  private record EventLine(int number, String id, String arguments) {}

  private final Path file;
  private final int textLength;
  private final Map<String, AnnotatedSpan> spans = new LinkedHashMap<>();
  private final List<EventLine> events = new ArrayList<>();

  private BratAnnotations(Path file, int textLength) {
    this.file = file;
    this.textLength = textLength;
  }

  /** Parses {@code content}, read from {@code file}, whose offsets point into a text this long. */
  static Parsed parse(Path file, String content, int textLength) {
    BratAnnotations parser = new BratAnnotations(file, textLength);
    String[] lines = content.split("\r?\n", -1);
    boolean inSpanText = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (RECORD.matcher(line).matches()) {
        inSpanText = line.startsWith("T");
        parser.record(i + 1, line);
      } else if (!line.isBlank() && !inSpanText) {
        throw new DatasetFormatException(file, i + 1, "not a brat annotation line: " + line);
      }
    }
    List<AttributionRelation> relations = new ArrayList<>();
    for (EventLine event : parser.events) {
      relations.add(parser.relation(event));
    }
    return new Parsed(List.copyOf(parser.spans.values()), relations);
  }

  private void record(int number, String line) {
    String[] fields = line.split("\t", 3);
    if (line.startsWith("T")) {
      span(number, fields);
    } else if (line.startsWith("E")) {
      if (fields.length < 2 || fields[1].isBlank()) {
        throw new DatasetFormatException(file, number, "event " + fields[0] + " has no arguments");
      }
      events.add(new EventLine(number, fields[0], fields[1]));
    }
  }

  private void span(int number, String[] fields) {
    String id = fields[0];
    if (fields.length < 2) {
      throw new DatasetFormatException(file, number, "annotation " + id + " has no type and range");
    }
    int space = fields[1].indexOf(' ');
    if (space <= 0) {
      throw new DatasetFormatException(file, number, "annotation " + id + " has no range");
    }
    List<Span> fragments = new ArrayList<>();
    for (String fragment : fields[1].substring(space + 1).split(";")) {
      fragments.add(fragment(number, id, fragment));
    }
    if (spans.put(id, new AnnotatedSpan(id, fields[1].substring(0, space), fragments)) != null) {
      throw new DatasetFormatException(file, number, "annotation " + id + " is defined twice");
    }
  }

  private Span fragment(int number, String id, String fragment) {
    String[] offsets = fragment.trim().split(" ");
    try {
      if (offsets.length == 2) {
        int start = Integer.parseInt(offsets[0]);
        int end = Integer.parseInt(offsets[1]);
        if (0 <= start && start <= end && end <= textLength) {
          return new Span(start, end);
        }
      }
    } catch (NumberFormatException e) {
      // reported below with the rest
    }
    throw new DatasetFormatException(
        file,
        number,
        "annotation "
            + id
            + " has range \""
            + fragment
            + "\", not \"start end\" within 0.."
            + textLength);
  }

  private AttributionRelation relation(EventLine event) {
    AnnotatedSpan trigger = null;
    AnnotatedSpan source = null;
    AnnotatedSpan cue = null;
    TreeMap<Integer, AnnotatedSpan> contents = new TreeMap<>();
    for (String argument : event.arguments().trim().split(" +")) {
      int colon = argument.indexOf(':');
      if (colon <= 0) {
        throw error(event, "argument \"" + argument + "\" is not Role:Id");
      }
      String role = argument.substring(0, colon);
      AnnotatedSpan span = spans.get(argument.substring(colon + 1));
      if (span == null) {
        throw error(event, "argument " + argument + " refers to an undefined annotation");
      }
      Matcher content = CONTENT_ROLE.matcher(role);
      boolean repeated;
      if (trigger == null) {
        trigger = span;
        repeated = false;
      } else if (role.equals("Source")) {
        repeated = source != null;
        source = span;
      } else if (role.equals("Cue")) {
        repeated = cue != null;
        cue = span;
      } else if (content.matches()) {
        int index = content.group(1).isEmpty() ? 1 : Integer.parseInt(content.group(1));
        repeated = contents.put(index, span) != null;
      } else {
        throw error(event, "unknown role " + role);
      }
      if (repeated) {
        throw error(event, "role " + role + " appears twice");
      }
    }
    return new AttributionRelation(
        event.id(), trigger, source, cue, List.copyOf(contents.values()));
  }

  private DatasetFormatException error(EventLine event, String reason) {
    return new DatasetFormatException(file, event.number(), "event " + event.id() + ": " + reason);
  }
}
