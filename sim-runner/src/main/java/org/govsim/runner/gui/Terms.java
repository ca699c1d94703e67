package org.govsim.runner.gui;

import java.awt.Font;
import java.util.Locale;
import java.util.Map;
import org.govsim.model.issue.Level;

/**
 * The words the GUI uses for the model's names: parameter sections, levels, fee contracts and choices, in
 * English, with the article's Chinese term where it has one (议事堂, 党建指导员, 信酬制, ...). Chinese is shown
 * only where the font in use can draw it, so a machine without a CJK font shows English, never boxes.
 */
final class Terms {
    /**
     * A section of parameters (a path's first segment): its English title and the article's term, if any.
     *
     * @param english the title
     * @param chinese the article's term, or "" when it has none
     */
    record Title(String english, String chinese) {
    }

    /** The sections the model declares today; another section is titled from its key. */
    private static final Map<String, Title> SECTIONS = Map.ofEntries(
            Map.entry("run", new Title("Run length", "")),
            Map.entry("district", new Title("District", "")),
            Map.entry("buildings", new Title("Buildings", "楼栋")),
            Map.entry("households", new Title("Households", "")),
            Map.entry("issues", new Title("Issues", "")),
            Map.entry("levels", new Title("Levels that settle issues", "")),
            Map.entry("patience", new Title("Households' patience", "")),
            Map.entry("reporting", new Title("Reporting", "")),
            Map.entry("satisfaction", new Title("Satisfaction", "")),
            Map.entry("trust", new Title("Trust", "")),
            Map.entry("socialCapital", new Title("Social capital", "")),
            Map.entry("payment", new Title("Fee payment", "")),
            Map.entry("property", new Title("Property fee regime", "信酬制")),
            Map.entry("branches", new Title("Compound party branches", "小区党支部")),
            Map.entry("buildingGroups", new Title("Building party groups", "楼栋党小组")),
            Map.entry("advisors", new Title("Party-building advisors", "党建指导员")),
            Map.entry("hall", new Title("Deliberation hall", "议事堂")),
            Map.entry("security", new Title("Smart security", "智慧安防")),
            Map.entry("gridParty", new Title("Grid party organisations", "网格党组织")),
            Map.entry("volunteers", new Title("Volunteers: in-service party members", "双报到")),
            Map.entry("ownersCommittee", new Title("Owners' committee", "业委会")),
            Map.entry("activities", new Title("Activities and service stations", "")),
            Map.entry("demandLists", new Title("Demand lists to departments", "小区点题、部门答题")),
            Map.entry("elevators", new Title("Elevator retrofit", "加装电梯")),
            Map.entry("handrails", new Title("Stair handrails", "楼梯扶手")));

    private static final Map<String, String> CONTRACTS = Map.of(
            "FLAT", "flat fee (包干)", "COMMISSION", "commission (酬金)", "TRUST", "trust account (信托)",
            "LINKED", "fee linked to quality (信酬制)");

    private Terms() {
    }

    /** A section's title; an unknown section is titled from its key ("demandLists" becomes "Demand lists"). */
    static Title section(String key) {
        Title t = SECTIONS.get(key);
        return t != null ? t : new Title(capitalise(words(key)), "");
    }

    /** English and, where {@code font} can draw it, the Chinese term after it: "Deliberation hall 议事堂". */
    static String withChinese(Title title, Font font) {
        return title.chinese().isEmpty() || !canDisplay(font, title.chinese())
                ? title.english() : title.english() + " " + title.chinese();
    }

    /**
     * The text as {@code font} can draw it: unchanged, or without its Chinese (and the brackets or quotes around
     * it) where the font has no CJK glyphs, so that "The deliberation hall (议事堂) meets" reads "The deliberation
     * hall meets" instead of showing boxes.
     */
    static String displayable(String text, Font font) {
        if (text == null || canDisplay(font, text)) {
            return text;
        }
        return text.replaceAll("\\s*[(（\"“]?[\\p{IsHan}、，。“”]+[)）\"”]?", "").replaceAll("\\(\\s*\\)", "").trim();
    }

    /** Whether {@code font} has a glyph for every character of {@code text}. */
    static boolean canDisplay(Font font, String text) {
        return font != null && font.canDisplayUpTo(text) == -1;
    }

    /** A level as the inspector names it: "property company", "deliberation hall". */
    static String level(Level level) {
        return switch (level) {
            case SELF -> "household itself";
            case PROPERTY -> "property company";
            case BUILDING_GROUP -> "building party group";
            case GRID -> "grid worker";
            case BRANCH -> "party branch";
            case HALL -> "deliberation hall";
            case COMMUNITY -> "community";
            case DEPARTMENT -> "departments";
        };
    }

    /** A fee contract's name ({@code FeeContract.name()}, e.g. "LINKED") in words, with the article's term. */
    static String contract(String name) {
        return CONTRACTS.getOrDefault(name, choice(name));
    }

    /** A value of a choice parameter in words; the fee contract's with the article's term. */
    static String contractOrChoice(String path, String value) {
        return "property.contract".equals(path) ? contract(value) : choice(value);
    }

    /** The text cut to {@code max} characters at most, with "…" where it was cut. */
    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).stripTrailing() + "…";
    }

    /** A choice as a scenario spells it ("FOUR_BATCHES", "CIVIL_CODE_278") in words: "four batches", "civil code 278". */
    static String choice(String value) {
        return value.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /**
     * A camel-case key in words: "serversPer1000Households" becomes "servers per 1000 households",
     * "feeYuanPerM2Month" becomes "fee yuan per m2 month".
     */
    static String words(String key) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            char prev = i > 0 ? key.charAt(i - 1) : ' ';
            boolean upper = Character.isUpperCase(c);
            boolean digitStart = Character.isDigit(c) && !Character.isDigit(prev) && Character.isLowerCase(prev);
            boolean afterDigit = Character.isLetter(c) && Character.isDigit(prev) && upper;
            if (i > 0 && (upper && !Character.isUpperCase(prev) || digitStart || afterDigit)) {
                s.append(' ');
            }
            s.append(upper ? Character.toLowerCase(c) : c);
        }
        return s.toString();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
