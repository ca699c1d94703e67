package org.govsim.runner.gui;

import java.awt.AWTError;
import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.util.Optional;

/** Whether this Java process can open windows, and if not, what to tell the user. */
public final class DisplayCheck {
    private static final String HINT = "On a machine without a screen, run it under a virtual display "
            + "(xvfb-run -a ./govsim gui ...); `govsim run` needs no display.";

    private DisplayCheck() {
    }

    /** Empty when windows can be opened; otherwise why not, in one or two sentences for the user. */
    public static Optional<String> problem() {
        String display = System.getenv("DISPLAY");
        if (GraphicsEnvironment.isHeadless()) {
            String why = "true".equalsIgnoreCase(System.getProperty("java.awt.headless"))
                    ? "Java runs headless (java.awt.headless=true)"
                    : display == null || display.isBlank() ? "DISPLAY is not set" : "Java found no display";
            return Optional.of("govsim gui needs a display, and " + why + ". " + HINT);
        }
        try {
            GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices();
            return Optional.empty();
        } catch (AWTError | HeadlessException | UnsatisfiedLinkError | InternalError e) {
            return Optional.of("govsim gui cannot open the display " + (display == null ? "" : display + " ")
                    + "(" + e.getMessage() + "). " + HINT);
        }
    }
}
