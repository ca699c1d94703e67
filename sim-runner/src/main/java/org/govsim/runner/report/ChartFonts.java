package org.govsim.runner.report;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.govsim.runner.analysis.Language;

/**
 * The font the charts draw their text in. English: Java's logical sans-serif font. Chinese: a CJK font that is
 * installed and can draw the report's terms ({@link Font#canDisplayUpTo}), Noto Sans CJK SC first (Debian's
 * fonts-noto-cjk), named explicitly so that PNGs get simplified-Chinese glyph forms and SVG text names a family the
 * browser can find; failing that the logical font, if the platform's fallbacks give it Chinese glyphs. Where no
 * font can draw Chinese, the charts are drawn in English rather than as empty boxes, and the report says why.
 *
 * @param family   the font family
 * @param language the language the charts can be drawn in
 */
record ChartFonts(String family, Language language) {
    /** Fonts that draw simplified Chinese, best first. */
    static final List<String> CJK = List.of("Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN", "WenQuanYi Zen Hei",
            "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK JP");
    /** Text every Chinese chart draws: if a font can draw this, it can draw the labels. */
    static final String SAMPLE = "纠纷物业满意度议事堂党建指导员信酬制每千户每月天元";

    static final ChartFonts ENGLISH = new ChartFonts(Font.SANS_SERIF, Language.EN);

    /** The fonts for a language on this machine. */
    static ChartFonts forLanguage(Language lang) {
        if (lang == Language.EN) {
            return ENGLISH;
        }
        Set<String> installed = Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
                .collect(Collectors.toSet());
        return choose(installed, family -> new Font(family, Font.PLAIN, 12).canDisplayUpTo(SAMPLE) == -1);
    }

    /**
     * The choice, given the installed families and a test of whether a family draws {@link #SAMPLE}.
     */
    static ChartFonts choose(Set<String> installed, Predicate<String> drawsChinese) {
        for (String family : CJK) {
            if (installed.contains(family) && drawsChinese.test(family)) {
                return new ChartFonts(family, Language.ZH);
            }
        }
        if (drawsChinese.test(Font.SANS_SERIF)) {
            return new ChartFonts(Font.SANS_SERIF, Language.ZH);
        }
        return ENGLISH;
    }

    Font font(int style, int size) {
        return new Font(family, style, size);
    }

    /** Whether Chinese was asked for and cannot be drawn. */
    boolean fellBack(Language asked) {
        return asked != language;
    }
}
