package org.govsim.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.govsim.runner.analysis.Language;
import org.govsim.runner.analysis.ResultsFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's and the terminal summary's language follows the default locale when --lang is not given: Chinese
 * for any Chinese locale (mainland, Taiwan, Hong Kong), English otherwise; --lang overrides it.
 */
class ReportLanguageTest {
    @TempDir
    Path tmp;

    @Test
    void anyChineseLocaleIsChineseAndEveryOtherEnglish() {
        assertEquals(Language.ZH, Language.of(Locale.SIMPLIFIED_CHINESE));
        assertEquals(Language.ZH, Language.of(Locale.TRADITIONAL_CHINESE));
        assertEquals(Language.ZH, Language.of(Locale.forLanguageTag("zh-HK")));
        assertEquals(Language.ZH, Language.of(Locale.forLanguageTag("zh")));
        assertEquals(Language.EN, Language.of(Locale.US));
        assertEquals(Language.EN, Language.of(Locale.JAPANESE), "not every CJK locale reads Chinese");
        assertEquals(Language.EN, Language.of(Locale.ROOT));
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.CHINA);
            assertEquals(Language.ZH, Language.fromLocale());
            Locale.setDefault(Locale.UK);
            assertEquals(Language.EN, Language.fromLocale());
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void withoutLangTheCompareCommandWritesInTheLocalesLanguage() throws Exception {
        Path base = ResultsFixture.scenario("baseline").finished().metric("satisfaction_mean", 0.54, 0.55, 0.56, 0.55).write(tmp.resolve("base"));
        Path option = ResultsFixture.scenario("option").finished().metric("satisfaction_mean", 0.60, 0.61, 0.62, 0.61).write(tmp.resolve("option"));
        Cli zh = compareUnder(Locale.CHINA, base, option, "zh");
        assertEquals(0, zh.exitCode(), zh.err());
        assertTrue(Files.readString(tmp.resolve("zh/report.html")).contains("<html lang=\"zh-CN\">"), "the report in Chinese");
        assertTrue(zh.out().contains("结论"), "the terminal summary in Chinese: " + zh.out());
        Cli en = compareUnder(Locale.US, base, option, "en");
        assertEquals(0, en.exitCode(), en.err());
        assertTrue(Files.readString(tmp.resolve("en/report.html")).contains("<html lang=\"en\">"));
        assertFalse(en.out().contains("结论"), en.out());
        // --lang wins over the locale
        Locale saved = Locale.getDefault();
        Cli forced;
        try {
            Locale.setDefault(Locale.CHINA);
            forced = Cli.run("compare", base.toString(), option.toString(), "--out", tmp.resolve("forced").toString(), "--lang", "en",
                    "--metrics", "satisfaction_mean");
        } finally {
            Locale.setDefault(saved);
        }
        assertEquals(0, forced.exitCode(), forced.err());
        assertTrue(Files.readString(tmp.resolve("forced/report.html")).contains("<html lang=\"en\">"));
    }

    private Cli compareUnder(Locale locale, Path base, Path option, String out) {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(locale);
            return Cli.run("compare", base.toString(), option.toString(), "--out", tmp.resolve(out).toString(), "--metrics", "satisfaction_mean");
        } finally {
            Locale.setDefault(saved);
        }
    }
}
