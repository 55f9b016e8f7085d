package dev.newsdesk.model;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of an article with its tokens.
 *
 * @param index position of the sentence in the article, from 0
 * @param tokens the sentence's tokens as spans into the article text
 */
public record Sentence(int index, Span span, String text, List<Span> tokens) {
  public Sentence {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    tokens = List.copyOf(tokens);
  }
}
