package org.govsim.runner.gui;

import java.io.PrintStream;

/**
 * Where the GUI reports what went wrong, and what a user watching a replay should know. MASON's Console swallows exceptions thrown while it builds the GUI
 * ({@code init}) and leaves a half-started run behind when {@code start} throws, so the GUI logs them here,
 * to standard error, before passing them on.
 */
final class GuiLog {
    private GuiLog() {
    }

    /** Something the user should know that is not an error (a replay matched its batch). */
    static void info(String what) {
        System.out.println("govsim gui: " + what);
        System.out.flush();
    }

    static void error(String what, Throwable t) {
        PrintStream err = System.err;
        err.println("govsim gui: " + what + ": " + t);
        t.printStackTrace(err);
        err.flush();
    }
}
