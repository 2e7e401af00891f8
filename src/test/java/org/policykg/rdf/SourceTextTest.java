package org.policykg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.CorpusGraph;
import org.policykg.Samples;

/**
 * Every document keeps the text its spans count in (pkg:sourceText), so a span can be shown without the file:
 * cut from it, each subdivision's and each table cell's pkg:start..pkg:end is that node's stored rdf:value. Where
 * the file holds invisible characters, the cut is the text as read and rdf:value the parsed text without them.
 */
class SourceTextTest {

    @TempDir
    Path dir;

    @Test
    void shouldCutEveryStoredTextOutOfTheStoredSourceTextOfEachSample() {
        for (Path sample : Samples.documents()) {
            Model graph = storedGraph(sample.getFileName().toString());

            assertThat(spans(graph)).as(sample.toString()).hasSizeGreaterThan(10)
                    .allSatisfy((node, cut) -> assertThat(cut).as(node).isEqualTo(value(graph, node)));
        }
    }

    @Test
    void shouldCutEveryStoredTextOutOfTheSourceTextOfAWordDocument() {
        Model m = Samples.pipeline().extract(Path.of("src/test/resources/formats/001_dbc454e0257d42c0.docx")).model();

        assertThat(spans(m)).hasSizeGreaterThan(10).allSatisfy((node, cut) -> assertThat(cut).as(node).isEqualTo(value(m, node)));
    }

    @Test
    void shouldKeepTheInvisibleCharactersInTheSourceTextWhichTheStoredTextsLeaveOut() throws IOException {
        String read = Files.readString(Samples.documents().get(1)).replace("市", "\u200B市\u200D");
        Model m = Samples.pipeline().extract(Files.writeString(dir.resolve("zero-width.txt"), read)).model();

        assertThat(m.listObjectsOfProperty(PKG.sourceText).toList()).extracting(o -> o.asLiteral().getString()).containsExactly(read);
        assertThat(spans(m)).hasSizeGreaterThan(10)
                .allSatisfy((node, cut) -> assertThat(cut.replaceAll("[\u200B\u200D]", "")).as(node).isEqualTo(value(m, node)))
                .anySatisfy((node, cut) -> assertThat(cut).contains("\u200B市\u200D"));
    }

    /** The stored graph of the sample from this file, as the store holds it. */
    private static Model storedGraph(String file) {
        return CorpusGraph.store().read(ds -> {
            for (String name : (Iterable<String>) ds::listNames) {
                Model g = ds.getNamedModel(name);
                if (g.contains(null, PKG.sourceFile, file)) {
                    return ModelFactory.createDefaultModel().add(g);
                }
            }
            throw new AssertionError("no stored graph of " + file);
        });
    }

    /** Each node with a span and a text (its IRI), and the text its span cuts out of the document's pkg:sourceText. */
    private static Map<String, String> spans(Model m) {
        List<String> texts = m.listObjectsOfProperty(PKG.sourceText).mapWith(o -> o.asLiteral().getString()).toList();
        assertThat(texts).hasSize(1);
        String text = texts.get(0);
        return m.listSubjectsWithProperty(PKG.start).filterKeep(r -> r.hasProperty(RDF.value)).toList().stream()
                .collect(Collectors.toMap(Resource::getURI, r -> text.substring(text.offsetByCodePoints(0, r.getProperty(PKG.start).getInt()),
                        text.offsetByCodePoints(0, r.getProperty(PKG.end).getInt()))));
    }

    private static String value(Model m, String node) {
        return m.getResource(node).getProperty(RDF.value).getString();
    }
}
