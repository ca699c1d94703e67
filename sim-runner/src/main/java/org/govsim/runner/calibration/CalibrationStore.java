package org.govsim.runner.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.govsim.runner.output.AtomicFile;

/**
 * A calibration's folder between runs: {@code plan.json} (the hash of everything that decides the generations, so
 * that a resume or a shard never mixes two calibrations) and one file per closed generation,
 * {@code generations/generation-003.json}, written atomically when the generation closes. Numbers are written
 * so that they read back to the same doubles.
 */
final class CalibrationStore {
    static final String PLAN = "plan.json";
    static final String GENERATIONS = "generations";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** A folder that cannot be used as asked; the message says why and what to do. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private final Path dir;

    private CalibrationStore(Path dir) {
        this.dir = dir;
    }

    /**
     * Opens the folder for a calibration whose generations are decided by {@code plan}: a new folder (or one without a
     * plan) is started; a folder with the same plan is continued when {@code resume}; anything else is refused.
     */
    static CalibrationStore open(Path dir, String plan, ObjectNode description, boolean resume) throws Refused, IOException {
        String hash = sha256(plan);
        Path planFile = dir.resolve(PLAN);
        if (Files.exists(planFile)) {
            if (!resume) {
                throw new Refused(dir + " already holds a calibration (" + PLAN + "); add --resume to continue it, or choose another --out");
            }
            String existing = JSON.readTree(planFile.toFile()).path("hash").asText();
            if (!existing.equals(hash)) {
                throw new Refused(dir + " holds another calibration: the scenario, the calibration block, --particles, --replications "
                        + "or --seed differ; use another --out");
            }
        } else {
            ObjectNode p = JSON.createObjectNode();
            p.put("hash", hash);
            p.setAll(description);
            // every shard may get here first: the content is the same whoever writes it, and the write is atomic
            AtomicFile.write(planFile, JSON.writeValueAsString(p) + "\n");
        }
        return new CalibrationStore(dir);
    }

    Path dir() {
        return dir;
    }

    /** The number of closed generations (they are closed in order, so 1..n exist). */
    int closedGenerations() {
        int n = 0;
        while (Files.exists(file(n + 1))) {
            n++;
        }
        return n;
    }

    List<Population> populations() throws IOException {
        List<Population> all = new ArrayList<>();
        for (int g = 1; g <= closedGenerations(); g++) {
            all.add(read(g));
        }
        return all;
    }

    void write(Population p) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("generation", p.generation());
        number(root, "tolerance", p.tolerance());
        number(root, "acceptance", p.acceptance());
        number(root, "boxMass", p.boxMass());
        root.put("simulations", p.simulations());
        ArrayNode particles = root.putArray("particles");
        for (Particle q : p.particles()) {
            ObjectNode o = particles.addObject();
            o.put("generation", q.generation());
            o.put("index", q.index());
            number(o, "weight", q.weight());
            number(o, "distance", q.distance());
            ArrayNode theta = o.putArray("theta");
            for (double v : q.theta()) {
                add(theta, v);
            }
            ArrayNode values = o.putArray("values");
            for (double[] target : q.values()) {
                ArrayNode reps = values.addArray();
                for (double v : target) {
                    add(reps, v);
                }
            }
        }
        AtomicFile.write(file(p.generation()), JSON.writeValueAsString(root) + "\n");
    }

    Population read(int generation) throws IOException {
        JsonNode root = JSON.readTree(Files.readString(file(generation), StandardCharsets.UTF_8));
        List<Particle> particles = new ArrayList<>();
        for (JsonNode o : root.path("particles")) {
            double[] theta = doubles(o.path("theta"));
            double[][] values = new double[o.path("values").size()][];
            for (int t = 0; t < values.length; t++) {
                values[t] = doubles(o.path("values").get(t));
            }
            particles.add(new Particle(o.path("generation").asInt(), o.path("index").asInt(), theta, number(o.path("weight")),
                    number(o.path("distance")), values));
        }
        return new Population(root.path("generation").asInt(), number(root.path("tolerance")), number(root.path("acceptance")),
                number(root.path("boxMass")), root.path("simulations").asInt(), particles);
    }

    private Path file(int generation) {
        return dir.resolve(GENERATIONS).resolve(String.format(Locale.ROOT, "generation-%03d.json", generation));
    }

    private static void number(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) {
            o.put(key, v);
        } else {
            o.put(key, Numbers.write(v));
        }
    }

    private static void add(ArrayNode a, double v) {
        if (Double.isFinite(v)) {
            a.add(v);
        } else {
            a.add(Numbers.write(v));
        }
    }

    private static double number(JsonNode n) {
        return n.isNumber() ? n.doubleValue() : Numbers.read(n.asText());
    }

    private static double[] doubles(JsonNode a) {
        double[] d = new double[a.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = number(a.get(i));
        }
        return d;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
