package dev.newsdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MemberSlotsTest {
  private static final int[] TERMS = {1, 2};
  private static final double[] WEIGHTS = {1.0, 0.5};

  @Test
  void aMembersDotProductSumsWhatIsAddedAndTellsWhenItWasFirstTouched() {
    MemberSlots slots = new MemberSlots();
    int m = slots.add(7, TERMS, WEIGHTS);
    assertThat(slots.dot(m)).isZero();
    assertThat(slots.addToDot(m, 0.25)).isTrue();
    assertThat(slots.addToDot(m, 0.5)).isFalse();
    assertThat(slots.dot(m)).isEqualTo(0.75);
    slots.clearDot(m);
    assertThat(slots.dot(m)).isZero();
    assertThat(slots.addToDot(m, 1.0)).isTrue();
  }

  @Test
  void theDotProductLeavesStoryAndNormAsTheyWere() {
    MemberSlots slots = new MemberSlots();
    int m = slots.add(3, TERMS, WEIGHTS);
    slots.setNorm(m, 2.5, 40);
    slots.addToDot(m, 0.125);
    assertThat(slots.story(m)).isEqualTo(3);
    assertThat(slots.norm(m)).isEqualTo(2.5);
    assertThat(slots.normAt(m)).isEqualTo(40);
  }

  @Test
  void compactingKeepsTheLiveSlotsInOrderWithTheirStoriesAndNorms() {
    MemberSlots slots = new MemberSlots();
    for (int i = 0; i < 3_000; i++) {
      int m = slots.add(i % 5, TERMS, WEIGHTS);
      slots.setNorm(m, i + 0.5, i + 1);
    }
    for (int m = 0; m < 3_000; m += 2) {
      slots.remove(m);
    }
    int[] newSlot = slots.compact(1024);
    assertThat(slots.count()).isEqualTo(1_500);
    assertThat(newSlot[0]).isEqualTo(Postings.DEAD);
    for (int old = 1; old < 3_000; old += 2) {
      int m = newSlot[old];
      assertThat(m).isEqualTo(old / 2);
      assertThat(slots.isLive(m)).isTrue();
      assertThat(slots.story(m)).isEqualTo(old % 5);
      assertThat(slots.norm(m)).isEqualTo(old + 0.5);
      assertThat(slots.dot(m)).isZero();
    }
    int added = slots.add(9, TERMS, WEIGHTS);
    assertThat(added).isEqualTo(1_500);
    assertThat(slots.dot(added)).isZero();
    assertThat(slots.story(added)).isEqualTo(9);
  }
}
