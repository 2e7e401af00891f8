package org.policykg.web.reader;

import static org.policykg.query.Solutions.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.policykg.query.QueryCatalog;
import org.policykg.query.QueryRunner;
import org.springframework.stereotype.Component;

/** A document cited but not stored (a stub or a standard), with the clauses citing it, from queries/web/cited.rq. */
@Component
class CitedStub {

    /** One clause citing the stub. */
    record Citing(String relation, String doc, String docTitle, String path, String anchor) {
        public String relationLabel() {
            return Fact.relationLabel(relation);
        }
    }

    /** The stub as cited, with the clauses citing it. */
    record View(String iri, String number, String title, List<Citing> citing) {}

    private final QueryCatalog catalog;
    private final QueryRunner runner;

    CitedStub(QueryCatalog catalog, QueryRunner runner) {
        this.catalog = catalog;
        this.runner = runner;
    }

    /** The stub of this IRI, or empty when it names no stub (a stored document, or nothing). */
    Optional<View> find(String iri) {
        if (!iri.startsWith("http://") && !iri.startsWith("https://")) {
            return Optional.empty();
        }
        List<Citing> citing = new ArrayList<>();
        String[] cited = {"", ""};
        runner.select(catalog.get("web/cited"), Map.of("stub", iri)).forEachRemaining(s -> {
            cited[0] = text(s, "number");
            cited[1] = text(s, "title");
            citing.add(new Citing(text(s, "relation"), text(s, "doc"), text(s, "docTitle"), text(s, "path"),
                    ReaderLinks.anchor(text(s, "doc"), text(s, "clause"))));
        });
        return citing.isEmpty() ? Optional.empty() : Optional.of(new View(iri, cited[0], cited[1], citing));
    }
}
