package org.govsim.runner.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code govsim slurm --submit} against a real single-node SLURM (Debian's slurm-wlm and munge, installed by
 * .ci/slurm-setup.sh), started here on localhost: config in a temporary
 * folder selected by SLURM_CONF, no systemd, no cgroups, daemons as root, batch_sched_delay=0. A 3-shard array and
 * its afterok merge job must give runs.csv and timeseries.csv byte-identical to a local unsharded run. Skipped,
 * with the reason, where SLURM is not installed or cannot start; the daemons are stopped by PID afterwards.
 */
@Tag("slurm")
class SlurmSubmitTest {
    private static Path work;
    private static Path conf;
    private static Long ctldPid;
    private static Long slurmdPid;
    private static Long mungePid;

    /** Why the cluster could not be had, or null; the test is then skipped with it (and it is printed, as Maven shows no reason). */
    private static String skipReason;

    @BeforeAll
    static void startClusterOrSayWhyNot() throws Exception {
        try {
            startCluster();
        } catch (org.opentest4j.TestAbortedException e) {
            skipReason = e.getMessage();
            System.out.println("SlurmSubmitTest skipped: " + skipReason);
        }
    }

    @org.junit.jupiter.api.BeforeEach
    void needTheCluster() {
        Assumptions.assumeTrue(skipReason == null, () -> "skipped: " + skipReason);
    }

    private static void startCluster() throws Exception {
        for (String tool : List.of("slurmctld", "slurmd", "sbatch", "squeue", "sinfo", "scontrol", "munged", "munge")) {
            Assumptions.assumeTrue(onPath(tool), tool + " is not installed (run .ci/slurm-setup.sh as root)");
        }
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "the single-node cluster needs root (slurmd runs jobs as root)");
        work = Files.createTempDirectory("govsim-slurm");
        for (String d : List.of("etc", "state", "spool", "log", "run")) {
            Files.createDirectories(work.resolve(d));
        }
        startMunge();
        int port = 20000 + ThreadLocalRandom.current().nextInt(20000);
        String hw = sh("slurmd -C | head -1").trim().replaceFirst("^NodeName=\\S+", "NodeName=localhost");
        Assumptions.assumeTrue(hw.startsWith("NodeName=localhost"), "slurmd -C gave no node line: " + hw);
        conf = work.resolve("etc/slurm.conf");
        Files.writeString(conf, String.join("\n",
                "ClusterName=govsimtest", "SlurmctldHost=localhost(127.0.0.1)", "SlurmctldPort=" + port, "SlurmdPort=" + (port + 1),
                "SlurmUser=root", "SlurmdUser=root", "AuthType=auth/munge", "CryptoType=crypto/munge", "MpiDefault=none",
                "ProctrackType=proctrack/linuxproc", "TaskPlugin=task/none", "JobAcctGatherType=jobacct_gather/none",
                "AccountingStorageType=accounting_storage/none", "JobCompType=jobcomp/none", "MailProg=/bin/true",
                "SchedulerType=sched/backfill", "SchedulerParameters=batch_sched_delay=0", "SelectType=select/cons_tres",
                "SelectTypeParameters=CR_Core", "ReturnToService=2",
                "StateSaveLocation=" + work.resolve("state"), "SlurmdSpoolDir=" + work.resolve("spool"),
                "SlurmctldPidFile=" + work.resolve("run/slurmctld.pid"), "SlurmdPidFile=" + work.resolve("run/slurmd.pid"),
                "SlurmctldLogFile=" + work.resolve("log/slurmctld.log"), "SlurmdLogFile=" + work.resolve("log/slurmd.log"),
                hw + " NodeAddr=127.0.0.1 State=UNKNOWN", "PartitionName=ci Nodes=localhost Default=YES MaxTime=30 State=UP", ""));
        sh("slurmctld -c");
        ctldPid = waitForPid(work.resolve("run/slurmctld.pid"));
        sh("slurmd -N localhost");
        slurmdPid = waitForPid(work.resolve("run/slurmd.pid"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String state = "";
        while (System.nanoTime() < deadline && ctldPid != null && ProcessHandle.of(ctldPid).map(ProcessHandle::isAlive).orElse(false)) {
            state = sh("timeout 5 sinfo -h -n localhost -o %T").trim();
            if (state.equals("idle")) {
                break;
            }
            Thread.sleep(200);
        }
        if (!state.equals("idle")) {
            String log = sh("tail -5 " + work.resolve("log/slurmctld.log") + " " + work.resolve("log/slurmd.log"));
            stopCluster();
            Assumptions.abort("the single-node SLURM did not become idle (state '" + state + "'): " + log);
        }
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (conf != null && (ctldPid != null || slurmdPid != null)) {
            sh("timeout 10 scontrol shutdown");
        }
        stop(slurmdPid);
        stop(ctldPid);
        stop(mungePid);
        ctldPid = null;
        slurmdPid = null;
        mungePid = null;
    }

    @Test
    void shardedArrayAndMergeJobGiveTheBytesOfALocalRun() throws Exception {
        Path f = TinyExperiments.write(work, "tiny.yaml", "name: tiny\n" + TinyExperiments.DISTRICT + """
                experiment:
                  design: FACTORIAL
                  replications: 2
                  policies:
                    levels.branch.coverage: [0.1, 0.9]
                """);
        Path out = work.resolve("exp");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String launcher = "'" + java + "' -cp '" + System.getProperty("java.class.path") + "' " + ExperimentCli.class.getName();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ExperimentCli.class.getName(),
                "slurm", f.toString(), "--shards", "3", "--out", out.toString(), "--launcher", launcher, "--cpus-per-task", "1",
                "--time", "00:05:00", "--submit").redirectErrorStream(true);
        pb.environment().put("SLURM_CONF", conf.toString());
        Process p = pb.start();
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), printed);
        String array = Files.readString(out.resolve("slurm/array.sbatch"));
        assertTrue(array.contains("#SBATCH --array=1-3") && array.contains("--shard \"${SLURM_ARRAY_TASK_ID}/3\""), array);
        Matcher m = Pattern.compile("merge job (\\d+)").matcher(printed);
        assertTrue(m.find(), printed);
        String mergeJob = m.group(1);

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline && !sh("timeout 10 squeue -h -j " + mergeJob).isBlank()) {
            Thread.sleep(250);
        }
        assertTrue(Files.exists(out.resolve("runs.csv")), "no merged runs.csv; logs: " + sh("tail -n 20 " + out.resolve("slurm/logs") + "/*"));

        Path local = work.resolve("local");
        ExperimentRun.Options o = new ExperimentRun.Options(2, local, 1, null, false, null, false, true, List.of());
        assertEquals(0, ExperimentRunTest.run(new ExperimentRun(), TinyExperiments.load(f), o));
        ExperimentRunTest.assertSameFiles(local, out);
    }

    private static void startMunge() throws Exception {
        if (sh("timeout 5 munge -n </dev/null | timeout 5 unmunge >/dev/null 2>&1 && echo ok").contains("ok")) {
            return;   // a munged we did not start: leave it alone
        }
        sh("test -s /etc/munge/munge.key || mungekey --create --keyfile=/etc/munge/munge.key --force; "
                + "chown munge:munge /etc/munge /etc/munge/munge.key; chmod 0700 /etc/munge; chmod 0400 /etc/munge/munge.key; "
                + "mkdir -p /run/munge /var/lib/munge /var/log/munge; chown munge:munge /run/munge /var/lib/munge /var/log/munge; "
                + "chmod 0755 /run/munge; rm -f /run/munge/munged.pid; runuser -u munge -- /usr/sbin/munged");
        mungePid = waitForPid(Path.of("/run/munge/munged.pid"));
        Assumptions.assumeTrue(sh("timeout 5 munge -n </dev/null | timeout 5 unmunge >/dev/null 2>&1 && echo ok").contains("ok"),
                "munged did not start (see /var/log/munge/munged.log)");
    }

    private static Long waitForPid(Path pidFile) throws Exception {
        for (int i = 0; i < 50; i++) {
            if (Files.exists(pidFile) && !Files.readString(pidFile).isBlank()) {
                return Long.parseLong(Files.readString(pidFile).trim());
            }
            Thread.sleep(100);
        }
        return null;
    }

    private static void stop(Long pid) throws InterruptedException {
        if (pid == null) {
            return;
        }
        var handle = ProcessHandle.of(pid);
        if (handle.isEmpty() || !handle.get().isAlive()) {
            return;
        }
        handle.get().destroy();
        for (int i = 0; i < 50 && handle.get().isAlive(); i++) {
            Thread.sleep(200);
        }
        if (handle.get().isAlive()) {
            handle.get().destroyForcibly();
        }
    }

    private static boolean onPath(String tool) throws IOException, InterruptedException {
        return sh("command -v " + tool).contains(tool);
    }

    /** Runs a bash command with SLURM_CONF set (once the config exists); its stdout and stderr. */
    private static String sh(String command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        if (conf != null) {
            env.put("SLURM_CONF", conf.toString());
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }
}
