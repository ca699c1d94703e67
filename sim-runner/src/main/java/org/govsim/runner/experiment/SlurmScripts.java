package org.govsim.runner.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The two batch scripts of an experiment on a SLURM cluster: a job array with one task per shard, each running
 * {@code govsim run … --shard ${SLURM_ARRAY_TASK_ID}/N --resume} into its own folder, and a merge job. N is
 * written into the script from the plan, never read from SLURM_ARRAY_TASK_COUNT, which counts only the tasks
 * of the submission: re-submitting a few failed tasks ({@code sbatch --array=2,5 array.sbatch}) then still
 * runs shards 2/N and 5/N, and --resume lets a task go on where a killed one stopped.
 *
 * @param launcher     the command that starts govsim on a node, e.g. {@code java -jar /path/govsim.jar}
 * @param scenarioArgs the scenario file and its options (seed, replications, --set ...), as given to {@code run}
 * @param dir          the experiment folder (absolute): shards/shard-K, slurm/, and the merged results
 */
public record SlurmScripts(String launcher, List<String> scenarioArgs, Path dir, int shards, String jobName, String time,
                           int cpusPerTask, String mem, String partition) {

    public Path slurmDir() {
        return dir.resolve("slurm");
    }

    public String array() {
        StringBuilder s = header(jobName, "shard-%a.log");
        s.append("#SBATCH --array=1-").append(shards).append('\n');
        s.append("#SBATCH --cpus-per-task=").append(cpusPerTask).append('\n');
        s.append("# ").append(shards).append(" shards, fixed by the plan. To re-run some of them: sbatch --array=2,5 ")
                .append(quote(slurmDir().resolve("array.sbatch").toString())).append('\n');
        s.append("set -euo pipefail\n");
        List<String> cmd = new ArrayList<>(List.of("run"));
        cmd.addAll(scenarioArgs);
        s.append(launcher);
        for (String a : cmd) {
            s.append(' ').append(quote(a));
        }
        s.append(" --shard \"${SLURM_ARRAY_TASK_ID}/").append(shards).append('"');
        s.append(" --out ").append(quote(dir.resolve("shards").toString() + "/shard-")).append("\"${SLURM_ARRAY_TASK_ID}\"");
        s.append(" --resume --threads \"${SLURM_CPUS_PER_TASK:-").append(cpusPerTask).append("}\"\n");
        return s.toString();
    }

    public String merge() {
        StringBuilder s = header(jobName + "-merge", "merge.log");
        s.append("#SBATCH --cpus-per-task=1\n");
        s.append("# submitted with --dependency=afterok:<array job>: runs once every shard succeeded\n");
        s.append("set -euo pipefail\n");
        s.append("parts=()\n");
        s.append("for k in $(seq 1 ").append(shards).append("); do parts+=(").append(quote(dir.resolve("shards") + "/shard-"))
                .append("\"$k\"); done\n");
        s.append(launcher).append(" merge \"${parts[@]}\" --out ").append(quote(dir.toString())).append('\n');
        return s.toString();
    }

    /** The script's #SBATCH lines; {@code logFile} is a SLURM file-name pattern in slurm/logs (%a: the array task). */
    private StringBuilder header(String name, String logFile) {
        StringBuilder s = new StringBuilder("#!/bin/bash\n");
        s.append("#SBATCH --job-name=").append(sbatchWord(name)).append('\n');
        // a % in the folder's own name would read as a pattern: %% is a literal %
        String logs = slurmDir().resolve("logs").toString().replace("%", "%%");
        s.append("#SBATCH --output=").append(sbatchWord(logs + "/" + logFile)).append('\n');
        s.append("#SBATCH --time=").append(time).append('\n');
        if (mem != null) {
            s.append("#SBATCH --mem=").append(mem).append('\n');
        }
        if (partition != null) {
            s.append("#SBATCH --partition=").append(partition).append('\n');
        }
        s.append("# written by govsim slurm\n");
        return s;
    }

    /**
     * One word of an #SBATCH line as sbatch reads it back: sbatch splits those lines at white space, takes quotes
     * as grouping, a backslash as escaping the next character, and an unquoted # as starting a comment; so each
     * of those characters is escaped (bash's quoting does not apply here: sbatch reads these lines, not bash).
     */
    static String sbatchWord(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '"' || c == '\'' || c == '\\' || c == '#') {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    /** Single-quoted for bash. */
    static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
