package org.govsim.runner.output;

import java.util.ArrayList;
import java.util.List;

/**
 * A CSV text read back: a header and rows of text cells. The one reader of what {@link CsvFormat} writes:
 * comma-separated, fields quoted with {@code "} when they hold a comma, quote or line break, a quote doubled
 * inside quotes, lines ended by LF or CRLF; blank lines are skipped.
 */
public record CsvTable(List<String> header, List<List<String>> rows) {

    public static CsvTable parse(CharSequence text) {
        List<List<String>> records = records(text);
        if (records.isEmpty()) {
            return new CsvTable(List.of(), List.of());
        }
        return new CsvTable(List.copyOf(records.get(0)), List.copyOf(records.subList(1, records.size())));
    }

    /** The cells of one line (a line without a comma is one cell; an empty line is one empty cell). */
    public static List<String> cells(String line) {
        List<List<String>> records = records(line);
        return records.isEmpty() ? List.of("") : records.get(0);
    }

    private static List<List<String>> records(CharSequence text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || field.length() > 0) {
                    record.add(field.toString());
                    records.add(record);
                }
                record = new ArrayList<>();
                field.setLength(0);
                any = false;
            } else {
                field.append(c);
                any = true;
            }
        }
        if (any || field.length() > 0) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }

    public int column(String name) {
        return header.indexOf(name);
    }

    /** A cell as a number: CsvFormat's NaN, Inf and -Inf included; an empty or unreadable cell is NaN. */
    public static double number(String cell) {
        Double v = strictNumber(cell);
        return v == null ? Double.NaN : v;
    }

    /**
     * A cell as a number, or null when it is not one: a number, or CsvFormat's NaN, Inf and -Inf (and NA, R's
     * spelling of a missing value). Text, an empty cell and Java's own "Infinity" or hexadecimal spellings are
     * not numbers here.
     */
    public static Double strictNumber(String cell) {
        switch (cell) {
            case "NaN", "NA":
                return Double.NaN;
            case "Inf":
                return Double.POSITIVE_INFINITY;
            case "-Inf":
                return Double.NEGATIVE_INFINITY;
            default:
                if (cell.isEmpty() || !cell.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
                    return null;
                }
                return Double.parseDouble(cell);
        }
    }
}
