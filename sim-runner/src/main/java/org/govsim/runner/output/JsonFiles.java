package org.govsim.runner.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The JSON files govsim writes (manifest.json, plan.json) as typed records, through Jackson: written indented,
 * atomically; read back with a message that names the file and where it is broken, never Jackson's own text
 * (which can quote the file's content).
 */
public final class JsonFiles {
    /** A JSON file over this size is not one govsim wrote (a manifest of a million runs is about 150 MB). */
    static final long MAX_BYTES = 512L << 20;
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private JsonFiles() {
    }

    /** A file that is missing, unreadable or not what govsim writes there; the message is for the user as it stands. */
    public static final class Unreadable extends IOException {
        private static final long serialVersionUID = 1L;

        public Unreadable(String message) {
            super(message);
        }
    }

    public static String render(Object value) {
        try {
            return JSON.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not render " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public static void write(Path file, Object value) throws IOException {
        AtomicFile.write(file, render(value));
    }

    /**
     * Reads a file as the given record.
     *
     * @param what what the file should be, for messages: "an experiment's plan"
     */
    public static <T> T read(Path file, Class<T> type, String what) throws Unreadable {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new Unreadable(file + ": " + Files.size(file) + " bytes, too large for " + what);
            }
            T value = JSON.readValue(file.toFile(), type);
            if (value == null) {
                throw new Unreadable(file + ": empty; it should hold " + what);
            }
            return value;
        } catch (NoSuchFileException e) {
            throw new Unreadable(file + ": not found");
        } catch (MismatchedInputException e) {
            throw new Unreadable(file + ": is not " + what + " (" + where(e.getLocation()) + "a value of the wrong kind"
                    + (e.getPath().isEmpty() ? "" : " for '" + e.getPathReference().replaceAll(".*\\[\"?|\"?]$", "") + "'") + ")");
        } catch (JsonProcessingException e) {
            throw new Unreadable(file + ": is not " + what + " (" + where(e.getLocation()) + "not valid JSON; was it cut short or edited?)");
        } catch (Unreadable e) {
            throw e;
        } catch (IOException e) {
            throw new Unreadable(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static String where(JsonLocation at) {
        return at == null || at.getLineNr() < 1 ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
    }
}
