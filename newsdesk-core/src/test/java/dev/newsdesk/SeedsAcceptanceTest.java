package dev.newsdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsdesk.model.Brief;
import dev.newsdesk.model.Claim;
import dev.newsdesk.model.Entity;
import dev.newsdesk.model.TimelineEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The user's own example input, the seeds in {@code ../shared/seeds}, held to what the brief of
 * them must say. Skipped where the seeds are not beside the project: the project's tests never need
 * them.
 */
class SeedsAcceptanceTest {
  private static final Path SEEDS = Path.of("..", "..", "shared", "seeds");
  private static ExampleCorpus run;

  @BeforeAll
  static void briefTheSeeds() throws IOException {
    assumeTrue(Files.isDirectory(SEEDS), "../shared/seeds is not present");
    List<String> files;
    try (Stream<Path> list = Files.list(SEEDS)) {
      files = list.filter(p -> p.toString().endsWith(".txt")).sorted().map(Path::toString).toList();
    }
    run = ExampleCorpus.run(files);
  }

  @Test
  void everyItemIsAccountedFor() {
    assertThat(run.result.rejected()).isEmpty();
    assertThat(run.result.outputs()).hasSize(21);
  }

  @Test
  void theReportsOfRussiaAskingTurkeyForHelpShareOneStoryThatSaysSo() {
    Brief main = mainStory();
    assertThat(main.articles())
        .extracting(m -> Path.of(m.article().article().input()).getFileName().toString())
        .contains(
            "002_c7eec346655a2cd4.txt#1",
            "003_c7e8c164a26ca56e.txt",
            "004_142838458007a1eb.txt",
            "000_8f10db054491643f.txt#1");
    assertThat(main.headline() + " " + main.lead().text())
        .containsIgnoringCase("Turk")
        .contains("Russia")
        .containsIgnoringCase("withdraw");
  }

  @Test
  void recruitmentAndPeaceTalksAreOtherStories() {
    Brief main = mainStory();
    assertThat(storyOf("000_8f10db054491643f.txt#4")).isNotEqualTo(main);
    assertThat(storyOf("000_8f10db054491643f.txt#5")).isNotEqualTo(main);
    assertThat(storyOf("000_8f10db054491643f.txt#4"))
        .isNotEqualTo(storyOf("000_8f10db054491643f.txt#5"));
  }

  @Test
  void cnnTurkIsTheOriginOfTheRequestWithOneIndependentSource() {
    // CNN Turk is the origin of two claims that four articles repeat (the request to Turkey and
    // the plan to fly the troops out); the request is the one that names Turkey.
    Claim request =
        mainStory().claims().stream()
            .filter(c -> c.origin() != null && c.origin().startsWith("CNN T"))
            .filter(c -> c.text().toLowerCase(Locale.ROOT).contains("turkey"))
            .max((a, b) -> Integer.compare(a.reportedBy().size(), b.reportedBy().size()))
            .orElseThrow();
    assertThat(request.independentSources()).isEqualTo(1);
    assertThat(request.reportedBy()).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void tassIsTheOriginOfTheAsylumReport() {
    assertThat(mainStory().claims())
        .anyMatch(c -> "TASS".equals(c.origin()) && c.text().contains("asylum"));
  }

  @Test
  void theTimelineHasTheOffensiveTheFallOfDamascusAndTheReports() {
    List<LocalDate> dates =
        mainStory().timeline().stream()
            .filter(t -> !t.background())
            .map(TimelineEntry::date)
            .toList();
    assertThat(dates)
        .contains(LocalDate.of(2024, 11, 27), LocalDate.of(2024, 12, 8), LocalDate.of(2024, 12, 9));
  }

  @Test
  void theAirBaseIsOneEntityAndAssadsFatherIsNotHisSon() {
    Brief main = mainStory();
    Entity base =
        main.entities().stream().filter(e -> e.name().contains("meimim")).findFirst().orElseThrow();
    assertThat(base.aliases()).contains("Hmeimim", "Kheimin");
    Optional<Entity> bashar =
        main.entities().stream().filter(e -> e.name().equals("Bashar al-Assad")).findFirst();
    assertThat(bashar).isPresent();
    assertThat(bashar.get().aliases()).doesNotContain("Hafez al-Assad");
  }

  @Test
  void noBoilerplateReachesTheBrief() {
    for (Brief brief : run.report.stories()) {
      StringBuilder all = new StringBuilder(brief.headline()).append(brief.lead().text());
      brief.points().forEach(p -> all.append(p.text()));
      brief.articles().forEach(m -> all.append(m.article().text()));
      assertThat(all.toString())
          .doesNotContain(
              "Can we count on you",
              "min read",
              "Getty Images",
              "pic.twitter.com",
              "(@Conflict_Radar)",
              "©",
              "Unauthorized use",
              "Author:",
              "favourite stories",
              "newsletter");
    }
  }

  private static Brief mainStory() {
    return storyOf("002_c7eec346655a2cd4.txt#1");
  }

  private static Brief storyOf(String item) {
    return run.report.stories().stream()
        .filter(
            b -> b.articles().stream().anyMatch(m -> m.article().article().input().endsWith(item)))
        .findFirst()
        .orElseThrow();
  }
}
