package org.govsim.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.govsim.runner.bench.SizePreset;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Issue 17, item 18: help and usage as a newcomer meets them. */
class CommandLineTest {

    @Test
    void helpExamplesAreNotWrappedMidCommand() {
        CommandLine root = GovsimCommand.commandLine();
        for (CommandLine c : List.copyOf(root.getSubcommands().values())) {
            String help = Cli.run(c.getCommandName(), "--help").out();
            for (String line : c.getCommandSpec().usageMessage().footer()) {
                if (line.startsWith("  govsim ")) {
                    assertTrue(help.contains(line.replace("%%", "%")), c.getCommandName() + " --help wraps: " + line);
                }
            }
        }
    }

    @Test
    void aUsageErrorIsOneLineAndAPointerToHelp() {
        Cli r = Cli.run("run", "--bogus", "x.yaml");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().lines().count() <= 3, r.err());
        assertTrue(r.err().contains("Unknown option: '--bogus'") && r.err().contains("See 'govsim run --help'."), r.err());
    }

    @Test
    void govsimAloneShowsTheUsageAndExitsNonZero() {
        Cli r = Cli.run();
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("Usage: govsim"), r.err());
    }

    @Test
    void benchSizesAreReadWhateverTheirCase() {
        CommandLine.ParseResult p = GovsimCommand.commandLine().parseArgs("bench", "--size", "s", "--size", "Xl");
        assertEquals(List.of(SizePreset.S, SizePreset.XL), p.subcommand().matchedOption("--size").getValue());
    }
}
