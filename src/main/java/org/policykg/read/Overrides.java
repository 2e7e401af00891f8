package org.policykg.read;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * An optional sidecar beside a source file ({@code name.meta.properties}, UTF-8) supplying metadata the
 * text truly lacks. Each value it sets is recorded in the graph as an override.
 */
public record Overrides(Path file, Map<String, String> values) {

    public static final Set<String> KEYS = Set.of("title", "issuer", "number", "date", "jurisdiction", "level", "year");
    public static final String SUFFIX = ".meta.properties";

    public static Overrides none() {
        return new Overrides(null, Map.of());
    }

    public static Path sidecarOf(Path source) {
        String name = source.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return source.resolveSibling((dot < 0 ? name : name.substring(0, dot)) + SUFFIX);
    }

    public static Overrides forSource(Path source) {
        Path side = sidecarOf(source);
        if (!Files.isRegularFile(side)) {
            return none();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(side, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new UnreadableDocumentException(side, "cannot read metadata sidecar (" + e.getMessage() + ")");
        }
        Map<String, String> values = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            if (!KEYS.contains(key)) {
                throw new UnreadableDocumentException(side, "unknown metadata key '" + key + "' (allowed: " + new java.util.TreeSet<>(KEYS) + ")");
            }
            values.put(key, p.getProperty(key).strip());
        }
        return new Overrides(side, values);
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key)).filter(v -> !v.isEmpty());
    }
}
