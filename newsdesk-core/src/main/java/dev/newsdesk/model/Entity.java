package dev.newsdesk.model;

import java.util.List;
import java.util.Objects;

/** A named entity of a story: its canonical name, the other spellings seen, and mention count. */
public record Entity(String name, EntityType type, List<String> aliases, int mentions) {
  public Entity {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    aliases = List.copyOf(aliases);
  }
}
