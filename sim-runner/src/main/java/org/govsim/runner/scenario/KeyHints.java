package org.govsim.runner.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.govsim.model.param.ParamCatalog;

/** Builds the message for a key that is neither a parameter nor a section where it stands. */
final class KeyHints {
    private KeyHints() {
    }

    /**
     * "unknown key (did you mean ...?); allowed here: ...". The catalogue's own hint compares whole paths, which
     * misses a misspelt section name (nothing is a short path), so the keys of this level are tried as well.
     */
    static String unknownKey(ParamCatalog catalog, String section, String key, List<String> extraAllowed) {
        List<String> allowed = new ArrayList<>(extraAllowed);
        allowed.addAll(catalog.childKeys(section));
        String hint = catalog.suggestion(section.isEmpty() ? key : section + "." + key);
        if (hint.isEmpty()) {
            String near = nearest(key, allowed);
            hint = near == null ? "" : " (did you mean '" + near + "'?)";
        }
        return "unknown key" + hint + "; allowed here: " + String.join(", ", allowed);
    }

    /** The closest candidate when it is close enough to be a slip of the keyboard, else null. */
    static String nearest(String key, List<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = ParamCatalog.editDistance(key.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return bestDistance <= Math.max(2, key.length() / 4) ? best : null;
    }
}
