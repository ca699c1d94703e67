package org.govsim.runner.cli;

import java.util.List;
import java.util.regex.Pattern;

/** Words a shell reads back as given: left bare when they hold nothing special, else single-quoted. */
final class ShellWords {
    private static final Pattern BARE = Pattern.compile("[A-Za-z0-9_./=:,%+@-]+");

    private ShellWords() {
    }

    static String quote(String word) {
        return BARE.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
    }

    static String join(List<String> words) {
        return String.join(" ", words.stream().map(ShellWords::quote).toList());
    }
}
