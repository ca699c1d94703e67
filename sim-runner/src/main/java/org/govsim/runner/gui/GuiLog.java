package org.govsim.runner.gui;

import java.io.PrintStream;

/**
 * Where the GUI reports what went wrong. MASON's Console swallows exceptions thrown while it builds the GUI
 * ({@code init}) and leaves a half-started run behind when {@code start} throws, so the GUI logs them here,
 * to standard error, before passing them on.
 */
final class GuiLog {
    private GuiLog() {
    }

    static void error(String what, Throwable t) {
        PrintStream err = System.err;
        err.println("govsim gui: " + what + ": " + t);
        t.printStackTrace(err);
        err.flush();
    }
}
