package org.govsim.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trust is bounded without saturating at the densest volunteering the cases have: Yongshou's 2,200 members among the
 * county town's ~13,000 households raise trust well above the baseline's but leave it far from 1 (issue 13 item 3).
 * Over three replications trust_mean was 0.628, 0.650 and 0.630 (sd 0.012; the baseline's is 0.489): the mean of two
 * replications has an sd of about 0.008, and each bound below is at least ten of those from 0.636.
 */
class CaseTrustTest {
    @TempDir
    Path tmp;

    @Test
    void yongshousMembersRaiseTrustWithoutSaturatingIt() throws Exception {
        double yongshou = trust("yongshou-volunteers.yaml");
        assertTrue(yongshou > 0.55 && yongshou < 0.75, "Yongshou's trust_mean " + yongshou);
    }

    private double trust(String scenario) throws Exception {
        Path out = tmp.resolve(scenario);
        Cli r = Cli.run("run", Cli.scenario(scenario).toString(), "-r", "2", "--out", out.toString(), "--quiet", "--no-compounds");
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = Files.readAllLines(out.resolve("runs.csv"));
        int column = Arrays.asList(lines.get(0).split(",")).indexOf("trust_mean");
        return lines.stream().skip(1).mapToDouble(l -> Double.parseDouble(l.split(",")[column])).average().orElseThrow();
    }
}
