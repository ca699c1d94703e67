package org.govsim.runner.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file read back: a header and rows of text cells. Reads what {@code CsvFormat} writes: comma-separated,
 * fields quoted with {@code "} when they hold a comma, quote or line break, a quote doubled inside quotes.
 */
public record CsvTable(List<String> header, List<List<String>> rows) {

    public static CsvTable parse(String text) {
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
        if (records.isEmpty()) {
            return new CsvTable(List.of(), List.of());
        }
        return new CsvTable(List.copyOf(records.get(0)), List.copyOf(records.subList(1, records.size())));
    }

    public int column(String name) {
        return header.indexOf(name);
    }

    /** A cell as a number: CsvFormat's NaN, Inf and -Inf included; an empty or unreadable cell is NaN. */
    public static double number(String cell) {
        return switch (cell) {
            case "", "NaN", "NA" -> Double.NaN;
            case "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> {
                try {
                    yield Double.parseDouble(cell);
                } catch (NumberFormatException e) {
                    yield Double.NaN;
                }
            }
        };
    }
}
