package org.duban.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The ledger's feature packages depend on each other in one direction only. */
class ArchitectureTest {

  private static final JavaClasses LEDGER =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(
              "org.duban.app.audit",
              "org.duban.app.config",
              "org.duban.app.document",
              "org.duban.app.fact",
              "org.duban.app.label",
              "org.duban.app.ingest",
              "org.duban.app.search",
              "org.duban.app.security",
              "org.duban.app.server",
              "org.duban.app.target",
              "org.duban.app.web",
              "org.duban.app.loadbench",
              "org.duban.app.scalebench",
              "org.duban.app.user",
              "org.duban.app.department",
              "org.duban.app.supervision",
              "org.duban.app.schedule");

  @Test
  void featurePackagesHaveNoCycles() {
    slices().matching("org.duban.app.(*)..").should().beFreeOfCycles().check(LEDGER);
  }

  @Test
  void controllersArePackagePrivate() {
    classes()
        .that()
        .areAnnotatedWith(RestController.class)
        .or()
        .areAnnotatedWith(Controller.class)
        .should()
        .notBePublic()
        .check(LEDGER);
  }
}
