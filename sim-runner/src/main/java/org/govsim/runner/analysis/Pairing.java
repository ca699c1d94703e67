package org.govsim.runner.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Whether an option's runs can be paired with its baseline's: common random numbers. Run (point p, replication
 * r) of any batch run with the same {@code --seed} runs on the same seed, and the model draws arrivals, service
 * and behaviour from separate streams, so two runs of the same district on the same seed meet the same luck.
 * They are paired when the manifests show the same base seed (or a manifest is missing), every (point,
 * replication) the two share ran on the same seed, both built the same district ({@link SameDistrict}), and at
 * least two pairs remain; otherwise the samples are independent, and the reason says why.
 *
 * @param paired whether to pair
 * @param pairs  the shared (point, replication) keys, ascending (the pairs); empty when not paired
 * @param why    why they are paired or not
 * @param detail what differs (seeds, a world parameter), for the reason
 */
public record Pairing(boolean paired, List<Key> pairs, Why why, String detail) {

    /** A run's place in its batch. */
    public record Key(int point, int replication) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            return point != o.point ? Integer.compare(point, o.point) : Integer.compare(replication, o.replication);
        }
    }

    /** Why runs are or are not paired. */
    public enum Why { PAIRED, PAIRED_NO_MANIFEST, SEEDS_DIFFER, RUN_SEEDS_DIFFER, DISTRICT_DIFFERS, TOO_FEW }

    public Pairing {
        pairs = List.copyOf(pairs);
    }

    public static Pairing of(ScenarioResults baseline, ScenarioResults option) {
        Long a = baseline.manifest().map(ManifestInfo::baseSeed).orElse(null);
        Long b = option.manifest().map(ManifestInfo::baseSeed).orElse(null);
        if (a != null && b != null && !a.equals(b)) {
            return unpaired(Why.SEEDS_DIFFER, a + " and " + b);
        }
        Map<Key, ScenarioResults.Run> other = index(option);
        List<Key> common = new ArrayList<>();
        int mismatched = 0;
        for (ScenarioResults.Run r : baseline.runs()) {
            ScenarioResults.Run o = other.get(new Key(r.point(), r.replication()));
            if (o == null) {
                continue;
            }
            if (o.seed() != r.seed()) {
                mismatched++;
                continue;
            }
            Optional<String> district = SameDistrict.difference(baseline, r, option, o);
            if (district.isPresent()) {
                return unpaired(Why.DISTRICT_DIFFERS, district.get());
            }
            common.add(new Key(r.point(), r.replication()));
        }
        if (mismatched > 0) {
            return unpaired(Why.RUN_SEEDS_DIFFER, Integer.toString(mismatched));
        }
        if (common.size() < 2) {
            return unpaired(Why.TOO_FEW, "");
        }
        common.sort(null);
        return new Pairing(true, common, a != null && b != null ? Why.PAIRED : Why.PAIRED_NO_MANIFEST, a != null ? a.toString() : "");
    }

    /** The runs of a folder by (point, replication). */
    static Map<Key, ScenarioResults.Run> index(ScenarioResults s) {
        Map<Key, ScenarioResults.Run> m = new HashMap<>();
        for (ScenarioResults.Run r : s.runs()) {
            m.putIfAbsent(new Key(r.point(), r.replication()), r);
        }
        return m;
    }

    /** Why, in a sentence for the terminal and the report. */
    public String reason(Language lang) {
        return switch (why) {
            case PAIRED -> String.format(Locale.ROOT, lang.pick("same district, same base seed %s: %d runs paired (common random numbers)",
                    "同一辖区、同一基础种子 %s：%d 对运行配对（公共随机数）"), detail, pairs.size());
            case PAIRED_NO_MANIFEST -> String.format(Locale.ROOT, lang.pick("seeds and district size match (a manifest is missing): %d runs "
                    + "paired (common random numbers)", "种子与辖区规模一致（缺少 manifest）：%d 对运行配对（公共随机数）"), pairs.size());
            case SEEDS_DIFFER -> lang.pick("base seeds differ (" + detail + "): independent samples, Welch's t",
                    "基础种子不同（" + detail + "）：按独立样本比较（Welch t）");
            case RUN_SEEDS_DIFFER -> lang.pick(detail + " shared run(s) ran on different seeds: independent samples, Welch's t",
                    detail + " 对共有运行的种子不同：按独立样本比较（Welch t）");
            case DISTRICT_DIFFERS -> lang.pick("not the same district (" + detail + "): the runs meet different luck whatever their "
                    + "seeds, so they are compared as independent samples (Welch's t); to pair, compare against a baseline of the same "
                    + "district (--matched-baseline)", "辖区不同（" + detail + "）：种子相同也不构成公共随机数，按独立样本比较（Welch t）；"
                    + "如需配对，请与同一辖区的基线比较（--matched-baseline）");
            case TOO_FEW -> lang.pick("fewer than two runs in common: independent samples, Welch's t",
                    "共有运行不足两对：按独立样本比较（Welch t）");
        };
    }

    private static Pairing unpaired(Why why, String detail) {
        return new Pairing(false, List.of(), why, detail);
    }
}
