package org.govsim.runner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.util.Set;
import org.govsim.runner.analysis.Language;
import org.junit.jupiter.api.Test;

/** Chinese charts use a CJK font that can draw the terms, Noto Sans CJK SC first, and fall back to English rather than boxes. */
class ChartFontsTest {
    @Test
    void theFirstInstalledFontThatDrawsChineseIsChosen() {
        ChartFonts f = ChartFonts.choose(Set.of("DejaVu Sans", "WenQuanYi Zen Hei", "Noto Sans CJK SC"), family -> !family.startsWith("DejaVu"));
        assertEquals("Noto Sans CJK SC", f.family());
        assertEquals(Language.ZH, f.language());
        ChartFonts other = ChartFonts.choose(Set.of("WenQuanYi Zen Hei"), family -> true);
        assertEquals("WenQuanYi Zen Hei", other.family());
    }

    @Test
    void withoutAFontThatDrawsChineseTheChartsAreInEnglish() {
        ChartFonts f = ChartFonts.choose(Set.of("DejaVu Sans"), family -> false);
        assertEquals(Language.EN, f.language());
        assertTrue(f.fellBack(Language.ZH), "the report says the charts fell back");
        assertFalse(ChartFonts.ENGLISH.fellBack(Language.EN));
    }

    @Test
    void onThisMachineTheChosenFontDrawsEveryChineseLabelOrTheChartsAreEnglish() {
        ChartFonts f = ChartFonts.forLanguage(Language.ZH);
        if (f.language() == Language.ZH) {
            assertEquals(-1, f.font(Font.PLAIN, 12).canDisplayUpTo(ChartFonts.SAMPLE + "居民满意度物业费收缴率资金缺口"), f.family());
        }
    }
}
