package org.govsim.model;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
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
    private static final String LEVER_ROOT = "org.govsim.model.lever.";
    /** Every package under {@code lever}, read from the classes themselves so that no lever can be left off a list. */
    private static final List<String> LEVER_PACKAGES = leverPackages();

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

    /** The model starts no process (no git, no shell): a run is the model's own computation and nothing else. */
    @Test
    void modelStartsNoProcess() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName(ProcessBuilder.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(Process.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(Runtime.class.getName())
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
        for (String lever : LEVER_PACKAGES) {
            noClasses().that().resideInAPackage(LEVER_ROOT + lever + "..").should().dependOnClassesThat()
                    .resideInAnyPackage(otherLevers(lever)).check(MODEL);
        }
    }

    /**
     * The lever-to-lever rule above walks the packages found under {@code lever}, so a new lever is checked the day it
     * is added; this guards that walk itself: every registered lever lives in one of those packages (a lever placed
     * in {@code lever} itself, or an empty scan, would let the rule pass on nothing) and no two levers share one.
     */
    @Test
    void everyRegisteredLeverHasItsOwnPackageUnderTheLeverRule() {
        List<String> leverPackages = ModelCatalog.levers().stream().map(l -> l.getClass().getPackageName()).toList();
        assertEquals(ModelCatalog.levers().size(), Set.copyOf(leverPackages).size(), "two levers share a package: " + leverPackages);
        for (String p : leverPackages) {
            assertTrue(p.startsWith(LEVER_ROOT), p + " is not a sub-package of " + LEVER_ROOT);
            String top = p.substring(LEVER_ROOT.length()).split("\\.")[0];
            assertTrue(LEVER_PACKAGES.contains(top), top + " escapes the lever-to-lever rule, which checks " + LEVER_PACKAGES);
        }
        assertTrue(LEVER_PACKAGES.size() >= ModelCatalog.levers().size(),
                "the rule checks " + LEVER_PACKAGES.size() + " packages for " + ModelCatalog.levers().size() + " levers");
    }

    private static List<String> leverPackages() {
        return MODEL.stream().map(JavaClass::getPackageName).filter(p -> p.startsWith(LEVER_ROOT))
                .map(p -> p.substring(LEVER_ROOT.length()).split("\\.")[0]).distinct().sorted().toList();
    }

    private static String[] otherLevers(String lever) {
        return LEVER_PACKAGES.stream().filter(p -> !p.equals(lever)).map(p -> LEVER_ROOT + p + "..").toArray(String[]::new);
    }
}
