package org.policykg.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The queries shipped in queries/ (and queries/rules/), by name: "documents", "rules/missing-owner". The classpath is
 * scanned once a process: the bean, the ingest pipeline and the linking pass each make a catalog, and share its queries.
 */
@Component
public class QueryCatalog {

    private final Map<String, NamedQuery> queries = Scanned.QUERIES;

    /** The scan, done when first needed (the holder idiom makes it once, thread-safely). */
    private static final class Scanned {
        static final Map<String, NamedQuery> QUERIES = Collections.unmodifiableMap(scan());
    }

    private static Map<String, NamedQuery> scan() {
        Map<String, NamedQuery> queries = new TreeMap<>();
        try {
            Resource[] found = new PathMatchingResourcePatternResolver(QueryCatalog.class.getClassLoader())
                    .getResources("classpath*:queries/**/*.rq");
            for (Resource r : found) {
                String url = r.getURL().toString();
                String name = url.substring(url.lastIndexOf("queries/") + "queries/".length(), url.length() - ".rq".length());
                try (InputStream in = r.getInputStream()) {
                    queries.put(name, NamedQuery.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return queries;
    }

    /** One shipped query by its catalog name, for code that runs without the catalog bean (the linking pass). */
    public static NamedQuery shipped(String name) {
        String resource = "queries/" + name + ".rq";
        try (InputStream in = QueryCatalog.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing query on classpath: " + resource);
            }
            return NamedQuery.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Collection<NamedQuery> all() {
        return queries.values();
    }

    public Optional<NamedQuery> find(String name) {
        return Optional.ofNullable(queries.get(name));
    }

    /** A catalog name, or the path of a .rq file. */
    public NamedQuery get(String nameOrFile) {
        NamedQuery q = queries.get(nameOrFile);
        if (q != null) {
            return q;
        }
        Path p = Path.of(nameOrFile);
        if (nameOrFile.endsWith(".rq") && Files.isRegularFile(p)) {
            try {
                String name = p.getFileName().toString().replaceFirst("\\.rq$", "");
                return NamedQuery.parse(name, Files.readString(p, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalArgumentException("no query named '" + nameOrFile + "' (known: " + String.join(", ", queries.keySet()) + ")");
    }
}
