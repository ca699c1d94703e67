package org.govsim.runner.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table: a title, a header row, rows; columns as wide as their widest cell, numbers right-aligned,
 * the first column (and any marked {@link #leftAligned}) left-aligned.
 */
public final class Table {
    private final String title;
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();
    private final java.util.Set<Integer> left = new java.util.HashSet<>(List.of(0));

    public Table(String title, String... header) {
        this.title = title;
        this.header = List.of(header);
    }

    /** Left-aligns these columns (0-based) as well as the first. */
    public Table leftAligned(int... columns) {
        for (int c : columns) {
            left.add(c);
        }
        return this;
    }

    public Table row(String... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("a row of '" + title + "' needs " + header.size() + " cells, got " + cells.length);
        }
        rows.add(List.of(cells));
        return this;
    }

    public List<String> lines() {
        int[] width = new int[header.size()];
        for (int c = 0; c < width.length; c++) {
            width[c] = header.get(c).length();
            for (List<String> r : rows) {
                width[c] = Math.max(width[c], r.get(c).length());
            }
        }
        List<String> out = new ArrayList<>();
        out.add(title);
        out.add(format(header, width));
        for (List<String> r : rows) {
            out.add(format(r, width));
        }
        return out;
    }

    private String format(List<String> cells, int[] width) {
        StringBuilder sb = new StringBuilder(" ");
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(width[c] - cell.length());
            sb.append(' ').append(left.contains(c) ? cell + pad : pad + cell).append(' ');
        }
        return sb.toString().stripTrailing();
    }
}
