package org.govsim.runner.uncertainty;

import java.util.ArrayList;
import java.util.List;
import org.govsim.model.ModelCatalog;
import org.govsim.model.param.ParamDef;

/**
 * The K draws of the uncertain parameters that every option of a comparison runs on: the paths, and per draw one
 * typed value of each (Integer, Double, Boolean or String, as a scenario holds them).
 *
 * @param paths  the parameter paths
 * @param rows   one per draw, values in the order of {@code paths}
 * @param origin where the draws come from, in a sentence (for the table's comment and the report)
 */
public record ParameterDraws(List<String> paths, List<Object[]> rows, String origin) {

    public ParameterDraws {
        paths = List.copyOf(paths);
        rows = rows.stream().map(Object[]::clone).toList();
    }

    public int size() {
        return rows.size();
    }

    /**
     * The draws as a TABLE design's CSV: comment lines saying where they come from, a header of paths, one row per
     * draw, each value spelled so that it reads back as the same value.
     */
    public String table() {
        StringBuilder sb = new StringBuilder();
        for (String line : origin.split("\n")) {
            sb.append("# ").append(line).append('\n');
        }
        sb.append(String.join(",", paths)).append('\n');
        for (Object[] row : rows) {
            List<String> cells = new ArrayList<>();
            for (Object v : row) {
                cells.add(ParamDef.format(v));
            }
            sb.append(String.join(",", cells)).append('\n');
        }
        return sb.toString();
    }

}
