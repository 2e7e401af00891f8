package org.policykg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.Samples;
import org.policykg.rdf.MappedDocument;
import org.policykg.rdf.PKG;

/**
 * Zero-width and direction-override characters are removed before parsing, so they change no fact, while every
 * stored span still refers to the text the document keeps (the file as decoded, those characters included).
 */
class InvisibleCharactersTest {

    private final DocumentPipeline pipeline = Samples.pipeline();

    @TempDir
    Path dir;

    @Test
    void shouldExtractTheSameDocumentAndSpanTheKeptText() throws IOException {
        Path sample = Samples.documents().get(1);
        String clean = Files.readString(sample, StandardCharsets.UTF_8).replace("\r\n", "\n");
        // zero-width characters around every 市 (inside place names) and a direction override around each line
        StringBuilder b = new StringBuilder();
        for (String line : clean.split("\n", -1)) {
            b.append(line.isEmpty() ? "" : "\u202E").append(line.replace("市", "\u200B市\u200D")).append(line.isEmpty() ? "" : "\u202C").append('\n');
        }
        String dirty = b.substring(0, b.length() - 1);
        Path a = Files.writeString(dir.resolve("clean.txt"), clean);
        Path z = Files.writeString(dir.resolve("dirty.txt"), dirty);

        MappedDocument c = pipeline.extract(a);
        MappedDocument d = pipeline.extract(z);

        assertThat(d.title()).isEqualTo(c.title());
        assertThat(d.clauses()).isEqualTo(c.clauses());
        Map<String, String> cleanSpans = spans(c.model(), clean);
        Map<String, String> dirtySpans = spans(d.model(), dirty);
        assertThat(dirtySpans).hasSameSizeAs(cleanSpans).isNotEmpty();
        dirtySpans.forEach((path, text) -> assertThat(strip(text)).as(path).isEqualTo(cleanSpans.get(path)));
        assertThat(dirtySpans.values()).anyMatch(t -> t.contains("\u200B"));
    }

    @Test
    void shouldSpanTheReflowedTextOfAFlattenedDocumentWithInvisibleCharacters() throws IOException {
        String flat = Files.readString(Samples.documents().get(1), StandardCharsets.UTF_8).replaceAll("\\s*\\R\\s*", " ")
                .replace("市", "\u200B市");
        Path f = Files.writeString(dir.resolve("flat.txt"), flat);

        MappedDocument d = pipeline.extract(f);

        assertThat(d.clauses()).isPositive();
        d.model().listObjectsOfProperty(PKG.end).forEachRemaining(n -> assertThat(n.asLiteral().getInt()).isLessThanOrEqualTo(flat.length()));
    }

    private static String strip(String s) {
        return s.replaceAll("[\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]", "");
    }

    /** Each subdivision's path with the kept text its stored span covers (the samples have no surrogates). */
    private static Map<String, String> spans(Model m, String kept) {
        Map<String, String> out = new TreeMap<>();
        m.listResourcesWithProperty(PKG.start).forEachRemaining((Resource r) -> {
            if (r.hasProperty(PKG.path)) {
                out.put(r.getProperty(PKG.path).getString(),
                        kept.substring(r.getProperty(PKG.start).getInt(), r.getProperty(PKG.end).getInt()));
            }
        });
        return out;
    }
}
