package dev.newsdesk.eval;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsdesk.analyze.AnalysisConfig;
import dev.newsdesk.analyze.AttributionModelException;
import dev.newsdesk.analyze.AttributionTagger;
import dev.newsdesk.analyze.AttributionTrainer;
import dev.newsdesk.analyze.AttributionTrainingConfig;
import dev.newsdesk.analyze.SentenceSplitter;
import dev.newsdesk.model.Attribution;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tribuo.protos.core.SequenceModelProto;

/**
 * The attribution tagger trained on a tiny brat corpus (fixture {@code attribution-training}: eight
 * invented articles whose cue, "pondered", is in no lexicon, so the rules miss it) and applied to a
 * held-out article of the same pattern.
 */
class AttributionTrainingTest {
  private static final Path CORPUS = Fixtures.path("attribution-training");
  private static final AttributionTrainingConfig SMALL =
      new AttributionTrainingConfig(10, 0.1, 0, 1);

  private static AttributionTagger tagger;
  private static PolnearCorpus.Article heldOut;

  @TempDir Path tmp;

  @BeforeAll
  static void train() throws IOException {
    tagger =
        AttributionTrainer.train(
            AttributionTrainingData.read(CORPUS, PolnearCorpus.Split.TRAIN), SMALL);
    heldOut = PolnearCorpus.read(CORPUS, PolnearCorpus.Split.DEV).get(0);
  }

  @Test
  void theTrainedTaggerRecoversSourceCueAndContentOfAHeldOutSentence() {
    List<Attribution> found = find(tagger, heldOut.text());

    assertThat(found).hasSize(1);
    Attribution a = found.get(0);
    assertThat(a.source().of(heldOut.text())).isEqualTo("Senator Ivo Brandt");
    assertThat(a.cue().of(heldOut.text())).isEqualTo("pondered");
    assertThat(a.content().of(heldOut.text())).isEqualTo("the tunnel would close in May");
    assertThat(a.sourceText()).isEqualTo("Senator Ivo Brandt");
    assertThat(a.sentenceIndex()).isEqualTo(1);
  }

  @Test
  void theHeldOutArticleScoresPerfectlyThroughTheStageEvaluation() throws IOException {
    Scoreboard.Row row =
        StageEvaluations.attribution(
            CORPUS, PolnearCorpus.Split.DEV, tagger, "attribution-trained");

    assertThat(row.figuresLine())
        .isEqualTo("source_f1=1.000 cue_f1=1.000 content_f1=1.000 content_overlap_f1=1.000");
  }

  @Test
  void aSavedModelReadsBackAndFindsTheSameAttributions() throws IOException {
    Path file = tmp.resolve("attribution.model");
    tagger.save(file);

    AttributionTagger loaded = AttributionTagger.load(file);

    assertThat(find(loaded, heldOut.text())).isEqualTo(find(tagger, heldOut.text()));
  }

  @Test
  void aLoadedModelIsFingerprintedByTheBytesOfItsFileAndATrainedOneIsNot() throws Exception {
    Path file = tmp.resolve("attribution.model");
    tagger.save(file);
    String sha256 =
        HexFormat.of()
            .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));

    assertThat(AttributionTagger.load(file).fingerprint()).contains(sha256);
    assertThat(tagger.fingerprint()).isEmpty();
    assertThat(AnalysisConfig.withAttributionModel(file).attributionTagger().fingerprint())
        .contains(sha256);
    assertThat(AnalysisConfig.withAttributionModel(null)).isEqualTo(AnalysisConfig.defaults());
  }

  @Test
  void aFileThatIsNoModelIsRefusedNamingTheFileAndTheReason() throws IOException {
    Path file = tmp.resolve("notes.txt");
    Files.writeString(file, "these are my notes, not a model\n");

    assertThatThrownBy(() -> AttributionTagger.load(file))
        .isInstanceOf(AttributionModelException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("not an attribution model");
  }

  @Test
  void aTruncatedModelIsRefusedAsDamaged() throws IOException {
    byte[] bytes = savedModel();
    Path cut = tmp.resolve("cut.model");
    Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));

    assertThatThrownBy(() -> AttributionTagger.load(cut))
        .isInstanceOf(AttributionModelException.class)
        .hasMessageContaining(cut.toString())
        .hasMessageContaining("damaged");
  }

  /** Format 1: the Markov tagger without part of speech; 2: with it; both before the CRF. */
  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void aModelOfAnOlderFormatIsRefusedWithAMessageToTrainItAgain(int format) throws IOException {
    Path file = tmp.resolve("old.model");
    try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
      out.writeUTF("newsdesk-attribution-tagger");
      out.writeInt(format);
      out.writeInt(3);
    }

    assertThatThrownBy(() -> AttributionTagger.load(file))
        .isInstanceOf(AttributionModelException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("model format " + format)
        .hasMessageContaining("train the model again");
  }

  @Test
  void aModelFileNamingAnyClassButTheCrfIsRefusedWithoutLoadingIt() throws IOException {
    Path file = tmp.resolve("other.model");
    try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
      out.writeUTF("newsdesk-attribution-tagger");
      out.writeInt(3);
      SequenceModelProto.newBuilder()
          .setVersion(0)
          .setClassName("java.lang.ProcessBuilder")
          .build()
          .writeTo(out);
    }

    assertThatThrownBy(() -> AttributionTagger.load(file))
        .isInstanceOf(AttributionModelException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("java.lang.ProcessBuilder, not a CRF");
  }

  @Test
  void aModelNamingAForeignClassDeepInsideIsRefusedBeforeTribuoReadsIt() throws Exception {
    byte[] bytes = savedModel();
    // The same length as a class name the model holds, so every length prefix stays valid.
    byte[] trusted = "org.tribuo.classification.sgd.crf.CRFParameters".getBytes(UTF_8);
    byte[] foreign = "xyz.evilco.classification.sgd.crf.CRFParameters".getBytes(UTF_8);
    assertThat(foreign).hasSameSizeAs(trusted);
    int at = indexOf(bytes, trusted);
    assertThat(at).isPositive();
    System.arraycopy(foreign, 0, bytes, at, foreign.length);
    Path forged = tmp.resolve("forged.model");
    Files.write(forged, bytes);

    assertThatThrownBy(() -> AttributionTagger.load(forged))
        .isInstanceOf(AttributionModelException.class)
        .hasMessageContaining(forged.toString())
        .hasMessageContaining("names a class outside Tribuo: xyz.evilco.");
  }

  @Test
  void aMissingModelFileIsRefusedAsMissing() {
    Path file = tmp.resolve("absent.model");

    assertThatThrownBy(() -> AttributionTagger.load(file))
        .isInstanceOf(AttributionModelException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("no such file");
  }

  /** The bytes of the trained tagger saved to a file. */
  private byte[] savedModel() throws IOException {
    Path file = tmp.resolve("attribution.model");
    tagger.save(file);
    return Files.readAllBytes(file);
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int k = 0; k < needle.length; k++) {
        if (haystack[i + k] != needle[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static List<Attribution> find(AttributionTagger t, String text) {
    return t.find(text, new SentenceSplitter().split(text, "en"), List.of());
  }
}
