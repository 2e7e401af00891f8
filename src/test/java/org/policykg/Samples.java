package org.policykg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.policykg.conventions.Tsv;
import org.policykg.annotate.nlp.HanLpSegmenter;
import org.policykg.annotate.nlp.Segmenter;
import org.policykg.gazetteer.Jurisdictions;
import org.policykg.ingest.DocumentPipeline;

/** The sample corpus and test manifests, shared by the tests. */
public final class Samples {

    public static final Path CORPUS = Path.of("corpus");
    private static final Jurisdictions JURISDICTIONS = Jurisdictions.standard();
    private static final Segmenter SEGMENTER = new HanLpSegmenter();

    private Samples() {
    }

    public static Path file(String name) {
        return CORPUS.resolve(name);
    }

    public static List<Path> documents() {
        try (Stream<Path> s = Files.list(CORPUS)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DocumentPipeline pipeline() {
        return DocumentPipeline.standard(JURISDICTIONS, SEGMENTER);
    }

    public static Segmenter segmenter() {
        return SEGMENTER;
    }

    public static Jurisdictions jurisdictions() {
        return JURISDICTIONS;
    }

    /** A TSV manifest from src/test/resources. */
    public static List<Map<String, String>> manifest(String resource) {
        try (InputStream in = Samples.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Tsv.classpath(resource);
    }
}
