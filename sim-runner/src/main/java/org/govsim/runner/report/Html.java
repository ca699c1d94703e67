package org.govsim.runner.report;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** Small pieces of HTML, every text escaped. */
final class Html {
    private Html() {
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A table row of escaped cells; {@code th} for a header row. */
    static String row(List<String> cells, boolean th, String cssClass) {
        String tag = th ? "th" : "td";
        StringBuilder sb = new StringBuilder(cssClass == null ? "<tr>" : "<tr class=\"" + cssClass + "\">");
        for (String c : cells) {
            sb.append('<').append(tag).append('>').append(esc(c)).append("</").append(tag).append('>');
        }
        return sb.append("</tr>\n").toString();
    }

    /** A chart embedded as an SVG image in a data: URL, so that the report needs no other file and no network. */
    static String figure(ChartImage chart, String linkBase) {
        String data = Base64.getEncoder().encodeToString(chart.svg().getBytes(StandardCharsets.UTF_8));
        String png = linkBase + "charts/" + chart.name() + ".png";
        return "<figure id=\"chart-" + esc(chart.name()) + "\"><img src=\"data:image/svg+xml;base64," + data + "\" width=\""
                + chart.width() + "\" height=\"" + chart.height() + "\" alt=\"" + esc(chart.title()) + "\">"
                + "<figcaption>" + esc(chart.caption()) + " (<a href=\"" + esc(png) + "\">PNG</a>, <a href=\"" + esc(linkBase + "charts/"
                + chart.name() + ".svg") + "\">SVG</a>)</figcaption></figure>\n";
    }

    /** A cell: {@code <td class="cls">text</td>}, the text escaped. */
    static String td(String text, String cls) {
        return (cls == null ? "<td>" : "<td class=\"" + cls + "\">") + esc(text) + "</td>";
    }

    /** A header cell. */
    static String th(String text) {
        return "<th>" + esc(text) + "</th>";
    }
}
