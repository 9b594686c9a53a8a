package org.duban.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every package of every module (core, reader, app) depends on the others in one direction only;
 * the whole of {@code org.duban} is imported, so a new package is covered without a new line here.
 */
class ArchitectureTest {

  private static final JavaClasses DUBAN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.duban");

  @Test
  void modulesHaveNoCycles() {
    slices().matching("org.duban.(*)..").should().beFreeOfCycles().check(DUBAN);
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching("org.duban.(*).(*)..").should().beFreeOfCycles().check(DUBAN);
  }

  @Test
  void theCoreNeedsNeitherTheReaderNorTheApplication() {
    noClasses()
        .that()
        .resideInAPackage("org.duban.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.duban.app..", "org.duban.reader..")
        .check(DUBAN);
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
        .check(DUBAN);
  }
}
