package org.govsim.runner.scenario;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario (or a {@code --set}) that cannot be used. Checked, so every caller decides how to report it;
 * the message is complete and meant for the user as it stands: one {@link ScenarioProblem} per line.
 */
public final class ScenarioException extends Exception {
    private static final long serialVersionUID = 1L;

    private final List<ScenarioProblem> problems;

    public ScenarioException(List<ScenarioProblem> problems) {
        super(render(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ScenarioException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public ScenarioException(ScenarioProblem problem) {
        this(List.of(problem));
    }

    public List<ScenarioProblem> problems() {
        return problems;
    }

    private static String render(List<ScenarioProblem> problems) {
        return problems.stream().map(ScenarioProblem::render).collect(Collectors.joining("\n"));
    }
}
