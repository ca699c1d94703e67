package org.govsim.runner.scenario;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.govsim.model.param.ParamCatalog;
import org.govsim.model.param.ParamDef;
import org.govsim.runner.output.CsvTable;

/**
 * Reads a TABLE design's CSV: a header of parameter paths, then one row of values per point. Blank lines and
 * lines starting with {@code #} are skipped; every cell is parsed and range-checked as {@code --set} would,
 * and each problem names the table file and line.
 */
final class DesignTable {
    private DesignTable() {
    }

    record Rows(List<String> columns, List<List<Object>> values) {
        static final Rows NONE = new Rows(List.of(), List.of());
    }

    static Rows read(ParamCatalog catalog, Path table, List<ScenarioProblem> problems) {
        List<String> lines;
        if (Files.exists(table) && !Files.isRegularFile(table)) {
            problems.add(new ScenarioProblem(table, 0, "", "is not a regular file (a directory, a device or a pipe), not a table of points"));
            return Rows.NONE;
        }
        try {
            lines = Files.readAllLines(table);
        } catch (NoSuchFileException e) {
            problems.add(new ScenarioProblem(table, 0, "", "table file not found"));
            return Rows.NONE;
        } catch (CharacterCodingException e) {
            problems.add(new ScenarioProblem(table, 0, "", "is not UTF-8 text"));
            return Rows.NONE;
        } catch (IOException e) {
            problems.add(new ScenarioProblem(table, 0, "", "cannot read: " + e.getMessage()));
            return Rows.NONE;
        }
        int before = problems.size();
        List<ParamDef> defs = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        int headerLine = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = cells(line);
            if (headerLine == 0) {
                headerLine = i + 1;
                header(catalog, table, headerLine, cells, defs, columns, problems);
                if (problems.size() > before) {
                    return Rows.NONE;
                }
            } else if (cells.size() != defs.size()) {
                problems.add(new ScenarioProblem(table, i + 1, "", "has " + cells.size() + " cells; the header has " + defs.size()));
            } else {
                rows.add(row(table, i + 1, cells, defs, problems));
            }
        }
        if (headerLine == 0) {
            problems.add(new ScenarioProblem(table, 0, "", "empty design: the table has no header of parameter paths"));
        } else if (rows.isEmpty() && problems.size() == before) {
            problems.add(new ScenarioProblem(table, headerLine, "", "empty design: the table has a header but no rows"));
        }
        return problems.size() > before ? Rows.NONE : new Rows(columns, rows);
    }

    private static void header(ParamCatalog catalog, Path table, int line, List<String> cells, List<ParamDef> defs, List<String> columns,
                               List<ScenarioProblem> problems) {
        for (String c : cells) {
            Optional<ParamDef> def = catalog.find(c);
            if (def.isEmpty()) {
                problems.add(new ScenarioProblem(table, line, c, ExperimentRules.unknownPath(catalog, c)));
            } else if (columns.contains(c)) {
                problems.add(new ScenarioProblem(table, line, c, "is a column twice"));
            } else {
                defs.add(def.get());
                columns.add(c);
            }
        }
    }

    private static List<Object> row(Path table, int line, List<String> cells, List<ParamDef> defs, List<ScenarioProblem> problems) {
        List<Object> values = new ArrayList<>();
        for (int j = 0; j < cells.size(); j++) {
            try {
                values.add(defs.get(j).parse(cells.get(j)));
            } catch (IllegalArgumentException e) {
                problems.add(new ScenarioProblem(table, line, defs.get(j).path(), e.getMessage()));
            }
        }
        return values;
    }

    /** Splits one CSV line, cells trimmed: a table written by hand may have spaces after its commas. */
    static List<String> cells(String line) {
        return CsvTable.cells(line).stream().map(String::strip).toList();
    }
}
