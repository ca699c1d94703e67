package org.govsim.runner.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The README's picture of the GUI is a laptop's screen, and the README says how it was made. */
class GuiScreenshotTest {
    /** The command the README gives; run from the project's root, it rewrites docs/images/gui.png. */
    static final String COMMAND = "xvfb-run -a -s \"-screen 0 1366x768x24\" ./govsim gui scenarios/baseline.yaml "
            + "--autoplay 420 --screenshot docs/images/gui.png";

    @Test
    void theReadmeScreenshotIsA1366By768ScreenMadeByTheCommandItGives() throws Exception {
        Path root = GuiFixtures.repoRoot();
        String readme = Files.readString(root.resolve("README.md"));
        assertTrue(readme.contains("](docs/images/gui.png)"), "the README shows the picture");
        assertTrue(readme.contains(COMMAND), "the README gives the command that makes it: " + COMMAND);
        BufferedImage image = ImageIO.read(root.resolve("docs/images/gui.png").toFile());
        assertEquals(1366, image.getWidth(), "a laptop's width");
        assertEquals(768, image.getHeight(), "a laptop's height");
    }
}
