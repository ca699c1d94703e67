package org.govsim.model;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.Serializable;
import org.junit.jupiter.api.Test;

/**
 * The model's architecture, checked: it knows nothing of the world outside it (no Swing, command line or files),
 * its packages form no cycle, the core knows no lever, and its only randomness and time are the run's own.
 */
class ArchitectureTest {
    private static final JavaClasses MODEL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.govsim.model");
    private static final String[] CORE = {"org.govsim.model.world..", "org.govsim.model.issue..", "org.govsim.model.metrics..",
            "org.govsim.model.process..", "org.govsim.model.actors..", "org.govsim.model.param..", "org.govsim.model.config..",
            "org.govsim.model.engine.."};

    @Test
    void modelDoesNotUseSwingOrAwt() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..", "sim.display..", "sim.portrayal..")
                .check(MODEL);
    }

    @Test
    void modelDoesNotUseTheCommandLineOrFiles() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("picocli..", "java.nio..", "com.fasterxml..")
                .orShould().dependOnClassesThat(resideInAPackage("java.io").and(not(equivalentTo(Serializable.class))))
                .check(MODEL);
    }

    @Test
    void modelDrawsNoRandomnessAndReadsNoClockOutsideItsRun() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ThreadLocalRandom")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.SplittableRandom")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.security.SecureRandom")
                .orShould().callMethod(Math.class, "random")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .check(MODEL);
    }

    @Test
    void packagesFormNoCycle() {
        slices().matching("org.govsim.(**)").should().beFreeOfCycles().check(MODEL);
    }

    @Test
    void theCoreKnowsNoLever() {
        noClasses().that().resideInAnyPackage(CORE).should().dependOnClassesThat().resideInAPackage("org.govsim.model.lever..")
                .check(MODEL);
    }

    @Test
    void leversDoNotReachIntoTheDistrictOrEachOther() {
        noClasses().that().resideInAPackage("org.govsim.model.lever..").should().dependOnClassesThat()
                .resideInAPackage("org.govsim.model").check(MODEL);
        for (String lever : new String[] {"fee", "branches", "buildinggroups", "advisors", "hall", "security", "gridparty", "volunteers",
                "committees", "activities", "demandlists", "elevators", "handrails"}) {
            noClasses().that().resideInAPackage("org.govsim.model.lever." + lever + "..").should().dependOnClassesThat()
                    .resideInAnyPackage(otherLevers(lever)).check(MODEL);
        }
    }

    private static String[] otherLevers(String lever) {
        return MODEL.stream().map(c -> c.getPackageName()).filter(p -> p.startsWith("org.govsim.model.lever."))
                .map(p -> p.substring("org.govsim.model.lever.".length()).split("\\.")[0]).distinct()
                .filter(p -> !p.equals(lever)).map(p -> "org.govsim.model.lever." + p + "..").toArray(String[]::new);
    }
}
