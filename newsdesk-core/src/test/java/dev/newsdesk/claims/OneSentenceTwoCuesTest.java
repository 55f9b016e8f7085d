package dev.newsdesk.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.Pipeline;
import dev.newsdesk.model.Brief;
import dev.newsdesk.model.Claim;
import dev.newsdesk.model.ContentKind;
import dev.newsdesk.model.ItemMetadata;
import dev.newsdesk.model.RawDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class OneSentenceTwoCuesTest {
  private static final String TEXT =
      "Harbour workers in Velna ended their strike on Tuesday after eleven days.\n\n"
          + "On his evening programme, presenter Ivan Dorn praised the harbour pilots, who he"
          + " claimed had previously \"saved the port\" for the town of Velna.\n\n"
          + "The port authority said ships would sail again from Wednesday morning.";

  @Test
  void twoCuesOfOneSpeakerInOneSentenceMakeOneClaimNotTwoIdenticalRows() throws Exception {
    Pipeline pipeline = Pipeline.create();
    pipeline.accept(new RawDocument("velna.txt", ContentKind.TEXT_BODY, TEXT, ItemMetadata.none()));
    List<Brief> briefs = pipeline.briefs();

    List<Claim> dorn =
        briefs.get(0).claims().stream().filter(c -> c.text().contains("Ivan Dorn")).toList();

    assertThat(dorn).hasSize(1);
    assertThat(dorn.get(0).origin()).isEqualTo("Ivan Dorn");
    assertThat(briefs.get(0).claims()).extracting(Claim::text).doesNotHaveDuplicates();
  }
}
