package org.govsim.runner.analysis;

import java.util.Locale;

/**
 * The language of the report and the terminal summary: English, or Chinese with the article's own terms
 * (信酬制, 党建指导员, 议事堂, …) and the metrics' Chinese labels from their declarations.
 */
public enum Language {
    EN, ZH;

    /** Chinese when the JVM's default locale is Chinese (any region), else English. */
    public static Language fromLocale() {
        return of(Locale.getDefault());
    }

    public static Language of(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? ZH : EN;
    }

    /** The text in this language. */
    public String pick(String en, String zh) {
        return this == ZH ? zh : en;
    }

    /** The HTML lang attribute. */
    public String tag() {
        return this == ZH ? "zh-CN" : "en";
    }
}
