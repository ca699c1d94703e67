package org.govsim.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, item 11: the commands govsim prints for a shell to run (the manifest's rerun, {@code slurm}'s "submit
 * with:" hint and its batch scripts) are shell-quoted. The proof is a real shell: every word, however hostile (spaces,
 * both quotes, $, backquotes, globs, a newline, non-ASCII), is read back by bash exactly as given, and a folder
 * whose path holds spaces, quotes, # and % reaches sbatch and govsim intact, in the commands and in the scripts'
 * #SBATCH lines (which sbatch, not bash, reads: there a space splits, quotes group, a backslash escapes and # starts a
 * comment, so the log file's folder once ended at its first space).
 */
class ShellWordsTest {
    private static final List<String> HOSTILE = List.of("plain", "with space", "it's", "\"double\"", "$HOME", "${PATH}", "`id`", "$(id)",
            "a;b", "a|b&c", "tab\there", "new\nline", "*", "?", "~", "", "-n", "--flag=x y", "ünïcode 中文", "back\\slash", "!bang",
            "a'b'c", "'", "''", "#hash", "x>y<z", "(paren)", "{brace}", "[a-z]");

    @TempDir
    Path tmp;

    /** Runs a bash script; its output, which must be complete within 30 s (bash starts in milliseconds). */
    private static String bash(String script, Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", "--noprofile", "--norc", "-c", script).directory(dir.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "bash did not finish");
        assertEquals(0, p.exitValue(), new String(out, StandardCharsets.UTF_8));
        return new String(out, StandardCharsets.UTF_8);
    }

    /** The words bash reads from {@code line}, each ended by a NUL, as a list. */
    private static List<String> wordsOf(String text) {
        List<String> words = new ArrayList<>(Arrays.asList(text.split("\0", -1)));
        words.remove(words.size() - 1); // after the last NUL
        return words;
    }

    @Test
    void bashReadsEveryQuotedWordBackAsGiven() throws Exception {
        String line = ShellWords.join(HOSTILE);
        List<String> read = wordsOf(bash("printf '%s\\0' " + line, tmp));
        assertEquals(HOSTILE, read);
        for (String w : HOSTILE) {
            assertEquals(List.of(w), wordsOf(bash("printf '%s\\0' " + ShellWords.quote(w), tmp)), "the word " + w);
        }
        assertEquals("plain", ShellWords.quote("plain"), "a plain word stays bare, for a readable command");
        assertEquals("/a/b-c_d.yaml", ShellWords.quote("/a/b-c_d.yaml"));
    }

    @Test
    void theSlurmHintAndScriptsCarryAFolderWithSpacesAndQuotesIntact() throws Exception {
        Path odd = tmp.resolve("my \"runs\" it's $HOME #1 100%");
        Files.createDirectories(odd);
        Path scenario = odd.resolve("tiny exp.yaml");
        Files.writeString(scenario, """
                name: tiny
                run:
                  days: 60
                  burnInDays: 0
                district:
                  compounds: 5
                experiment:
                  design: FACTORIAL
                  replications: 1
                  policies:
                    levels.branch.coverage: [0.1, 0.9]
                """);
        Path out = odd.resolve("out dir");
        Cli r = Cli.run("slurm", scenario.toString(), "--shards", "2", "--out", out.toString(), "--launcher", "launch");
        assertEquals(0, r.exitCode(), r.err());
        String hint = r.out().lines().filter(l -> l.startsWith("submit with: ")).findFirst().orElseThrow(() -> new AssertionError(r.out()));
        Path array = out.resolve("slurm/array.sbatch");
        Path merge = out.resolve("slurm/merge.sbatch");
        assertTrue(Files.exists(array) && Files.exists(merge), r.out());

        // the hint, run by bash with sbatch standing in: each call appends its arguments and a marker (the first runs in
        // a subshell, so a file, not a variable, keeps them) and answers a job id as sbatch --parsable does
        String fakeSbatch = "sbatch() { printf '%s\\0' \"$@\" CALL-END >> calls; echo '4711;cluster'; }; ";
        bash(fakeSbatch + hint.substring("submit with: ".length()), tmp);
        assertEquals(List.of("--parsable", array.toString(), "CALL-END", "--dependency=afterok:4711", merge.toString(), "CALL-END"),
                wordsOf(Files.readString(tmp.resolve("calls"))));

        // the array task's command line, run by bash with the launcher standing in: govsim gets the paths as they are
        String task = "launch() { printf '%s\\0' \"$@\"; }; export SLURM_ARRAY_TASK_ID=2; " + "source " + ShellWords.quote(array.toString());
        List<String> args = wordsOf(bash(task, tmp));
        assertEquals("run", args.get(0));
        assertEquals(scenario.toAbsolutePath().normalize().toString(), args.get(1));
        assertEquals(out.toAbsolutePath().normalize().resolve("shards/shard-2").toString(), args.get(args.indexOf("--out") + 1));
        assertEquals("2/2", args.get(args.indexOf("--shard") + 1));

        // the #SBATCH lines, read as sbatch reads them: the log file in the folder as it is (its % doubled: a file-name pattern)
        Path logs = out.toAbsolutePath().normalize().resolve("slurm/logs");
        String logsPattern = logs.toString().replace("%", "%%");
        assertEquals(List.of(logsPattern + "/shard-%a.log"), sbatchOption(Files.readString(array), "--output"));
        assertEquals(List.of(logsPattern + "/merge.log"), sbatchOption(Files.readString(merge), "--output"));
        assertEquals(List.of("govsim-tiny"), sbatchOption(Files.readString(array), "--job-name"));

        // the merge job: the two shards' folders and the experiment folder, intact
        List<String> merged = wordsOf(bash("launch() { printf '%s\\0' \"$@\"; }; source " + ShellWords.quote(merge.toString()), tmp));
        Path dir = out.toAbsolutePath().normalize();
        assertEquals(List.of("merge", dir.resolve("shards/shard-1").toString(), dir.resolve("shards/shard-2").toString(), "--out",
                dir.toString()), merged);
    }

    /**
     * The values of {@code option} in a script's #SBATCH lines, split into words as sbatch documents it: white space
     * separates words, single or double quotes group, a backslash takes the next character as it is, and an unquoted
     * # ends the line.
     */
    private static List<String> sbatchOption(String script, String option) {
        List<String> values = new ArrayList<>();
        for (String line : script.lines().filter(l -> l.startsWith("#SBATCH")).toList()) {
            List<String> words = new ArrayList<>();
            StringBuilder word = null;
            char quote = 0;
            boolean escaped = false;
            for (int i = "#SBATCH".length(); i < line.length(); i++) {
                char c = line.charAt(i);
                if (word == null && quote == 0 && !escaped && Character.isWhitespace(c)) {
                    continue;
                }
                if (word == null) {
                    word = new StringBuilder();
                }
                if (escaped) {
                    word.append(c);
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    } else {
                        word.append(c);
                    }
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '#') {
                    break;
                } else if (Character.isWhitespace(c)) {
                    words.add(word.toString());
                    word = null;
                } else {
                    word.append(c);
                }
            }
            if (word != null) {
                words.add(word.toString());
            }
            for (String w : words) {
                if (w.startsWith(option + "=")) {
                    values.add(w.substring(option.length() + 1));
                }
            }
        }
        return values;
    }
}
