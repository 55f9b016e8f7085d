package dev.newsdesk.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeastOverlapTest {
  private final List<String> asked = new ArrayList<>();
  private final LeastOverlap memo =
      new LeastOverlap(
          (a, b) -> {
            asked.add(a + "," + b);
            return a * 1000 + b;
          });

  @Test
  void givesTheFunctionsAnswerForEveryPairOfSizes() {
    for (int a : new int[] {0, 3, 3, 17, 3}) {
      for (int b :
          new int[] {0, 1, 500, LeastOverlap.MEMO_SIZES - 1, LeastOverlap.MEMO_SIZES, 9999}) {
        assertThat(memo.of(a, b)).isEqualTo(a * 1000 + b);
      }
    }
  }

  @Test
  void asksTheFunctionOncePerRightSizeWhileTheLeftSizeStaysTheSame() {
    memo.of(5, 12);
    memo.of(5, 40);
    memo.of(5, 12);
    memo.of(5, 40);
    assertThat(asked).containsExactly("5,12", "5,40");
  }

  @Test
  void anotherLeftSizeAsksAgain() {
    memo.of(5, 12);
    memo.of(6, 12);
    memo.of(5, 12);
    assertThat(asked).containsExactly("5,12", "6,12", "5,12");
  }

  @Test
  void rightSizesPastTheMemoAreAskedEachTime() {
    int large = LeastOverlap.MEMO_SIZES + 7;
    memo.of(2, large);
    memo.of(2, large);
    assertThat(asked).containsExactly("2," + large, "2," + large);
  }
}
