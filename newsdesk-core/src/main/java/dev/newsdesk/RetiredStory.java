package dev.newsdesk;

import dev.newsdesk.model.StoryId;
import dev.newsdesk.model.StoryMember;
import java.util.List;

/**
 * A story as it leaves the active set: no article will join it again, so these members, in arrival
 * order, are all it will ever have.
 */
public record RetiredStory(StoryId id, List<StoryMember> members) {
  public RetiredStory {
    members = List.copyOf(members);
  }
}
