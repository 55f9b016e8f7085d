package dev.newsdesk;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures;
import org.junit.jupiter.api.Test;

/** The stage packages depend only on earlier stages, {@code model} and {@code internal}. */
class ArchitectureTest {
  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.newsdesk");

  @Test
  void stagesFlowOneWay() {
    ArchRule rule =
        Architectures.layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("model")
            .definedBy("dev.newsdesk.model..")
            .layer("internal")
            .definedBy("dev.newsdesk.internal..")
            .layer("ingest")
            .definedBy("dev.newsdesk.ingest..")
            .layer("extract")
            .definedBy("dev.newsdesk.extract..")
            .layer("analyze")
            .definedBy("dev.newsdesk.analyze..")
            .layer("dedup")
            .definedBy("dev.newsdesk.dedup..")
            .layer("cluster")
            .definedBy("dev.newsdesk.cluster..")
            .layer("claims")
            .definedBy("dev.newsdesk.claims..")
            .layer("timeline")
            .definedBy("dev.newsdesk.timeline..")
            .layer("brief")
            .definedBy("dev.newsdesk.brief..")
            .layer("eval")
            .definedBy("dev.newsdesk.eval..")
            .whereLayer("eval")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("brief")
            .mayOnlyBeAccessedByLayers("eval")
            .whereLayer("timeline")
            .mayOnlyBeAccessedByLayers("brief", "eval")
            .whereLayer("claims")
            .mayOnlyBeAccessedByLayers("timeline", "brief", "eval")
            .whereLayer("cluster")
            .mayOnlyBeAccessedByLayers("claims", "timeline", "brief", "eval")
            .whereLayer("dedup")
            .mayOnlyBeAccessedByLayers("cluster", "claims", "timeline", "brief", "eval")
            .whereLayer("analyze")
            .mayOnlyBeAccessedByLayers("dedup", "cluster", "claims", "timeline", "brief", "eval")
            .whereLayer("extract")
            .mayOnlyBeAccessedByLayers(
                "analyze", "dedup", "cluster", "claims", "timeline", "brief", "eval")
            .whereLayer("ingest")
            .mayOnlyBeAccessedByLayers(
                "extract", "analyze", "dedup", "cluster", "claims", "timeline", "brief", "eval")
            .whereLayer("internal")
            .mayOnlyBeAccessedByLayers(
                "ingest",
                "extract",
                "analyze",
                "dedup",
                "cluster",
                "claims",
                "timeline",
                "brief",
                "eval")
            .whereLayer("model")
            .mayOnlyBeAccessedByLayers(
                "internal",
                "ingest",
                "extract",
                "analyze",
                "dedup",
                "cluster",
                "claims",
                "timeline",
                "brief",
                "eval");
    rule.check(CORE);
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching("dev.newsdesk.(*)..").should().beFreeOfCycles().check(CORE);
  }
}
