package org.policykg.check;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;

/** The SHACL shapes of ontology/shapes.ttl, validated over the union of all graphs, as findings of rule "shacl". */
final class ShaclCheck {

    static final String RULE = "shacl";
    static final String SHAPES = "ontology/shapes.ttl";

    /** The shapes, parsed once: the check and the cross-document pass each hold a ShaclCheck. */
    private static final class Parsed {
        static final Shapes SHAPES = Shapes.parse(RDFParser.source(
                ShaclCheck.class.getClassLoader().getResource(ShaclCheck.SHAPES).toString()).toGraph());
    }

    private final Shapes shapes = Parsed.SHAPES;

    /** Raw results: the focus node, its IRI (or empty for a blank node), severity and message. */
    record Result(Node node, String focus, Severity severity, String message) {}

    /** The shapes' text, for the version of the checks. */
    static String text() {
        try (var in = ShaclCheck.class.getClassLoader().getResourceAsStream(SHAPES)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    List<Result> validate(Graph union) {
        ValidationReport report = ShaclValidator.get().validate(shapes, union);
        List<Result> results = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            Node focus = e.focusNode();
            // a path's IRIs by their local names: "title: A policy document must have …"
            String path = e.resultPath() == null ? "" : e.resultPath().toString().replaceAll("<[^>]*[#/]([^>#/]+)>", "$1") + ": ";
            String message = e.message() == null || e.message().isBlank() ? e.constraint().toString() : e.message();
            results.add(new Result(focus, focus.isURI() ? focus.getURI() : "", Severity.ofShacl(e.severity().level().getLocalName()),
                    path + message));
        }
        return results;
    }
}
