package org.govsim.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The model knows nothing of the world outside it: no Swing, no command line, no files. */
class ArchitectureTest {
    private static final JavaClasses MODEL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.govsim.model");

    @Test
    void modelDoesNotUseSwingOrAwt() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..", "sim.display..", "sim.portrayal..")
                .check(MODEL);
    }

    @Test
    void modelDoesNotUseTheCommandLineOrFiles() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("picocli..", "java.nio.file..", "com.fasterxml..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileWriter")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.PrintStream")
                .check(MODEL);
    }

    @Test
    void modelDrawsNoRandomnessOutsideItsStreams() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
                .orShould().callMethod(Math.class, "random")
                .check(MODEL);
    }
}
