package org.govsim.runner;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The runner's packages depend on each other one way: cli on everything; report on analysis; experiment on
 * analysis, scenario and output; output on none of them. No cycles, and only cli opens the GUI. Only the SLURM
 * submission and the benchmark start other processes.
 */
class RunnerArchitectureTest {
    private static final JavaClasses RUNNER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.govsim.runner");

    @Test
    void theRunnersPackagesHaveNoCycles() {
        slices().matching("org.govsim.runner.(*)..").should().beFreeOfCycles().check(RUNNER);
    }

    @Test
    void outputDependsOnNoOtherRunnerPackage() {
        noClasses().that().resideInAPackage("org.govsim.runner.output..")
                .should().dependOnClassesThat().resideInAnyPackage("org.govsim.runner.experiment..", "org.govsim.runner.analysis..",
                        "org.govsim.runner.scenario..", "org.govsim.runner.cli..", "org.govsim.runner.report..", "org.govsim.runner.gui..")
                .check(RUNNER);
    }

    @Test
    void onlyTheCommandLineOpensTheGui() {
        noClasses().that().resideOutsideOfPackages("org.govsim.runner.cli..", "org.govsim.runner.gui..")
                .should().dependOnClassesThat().resideInAPackage("org.govsim.runner.gui..")
                .check(RUNNER);
    }

    /**
     * govsim starts no process of its own (issue 17, item 12: it once ran git where the user stood, and a foreign
     * repository's hooks ran): only {@code slurm --submit} calls sbatch and the benchmark starts cold JVMs. A new
     * ProcessBuilder or Runtime.exec anywhere else fails here; ForeignRepositoryTest checks the run itself.
     */
    @Test
    void onlyTheSlurmSubmissionAndTheBenchmarkStartProcesses() {
        noClasses().that().resideOutsideOfPackage("org.govsim.runner.bench..")
                .and().doNotHaveFullyQualifiedName("org.govsim.runner.cli.SlurmCommand")
                .should().dependOnClassesThat().haveFullyQualifiedName(ProcessBuilder.class.getName())
                .orShould().callMethodWhere(target(name("exec")).and(target(owner(assignableTo(Runtime.class)))))
                .orShould().callMethodWhere(target(name("startPipeline")).and(target(owner(assignableTo(ProcessBuilder.class)))))
                .check(RUNNER);
    }
}
