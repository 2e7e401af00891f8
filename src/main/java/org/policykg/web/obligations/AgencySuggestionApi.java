package org.policykg.web.obligations;

import static org.policykg.query.Solutions.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.ResultSetRewindable;
import org.policykg.query.Page;
import org.policykg.query.QueryCatalog;
import org.policykg.query.QueryRunner;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/agency-suggestions?part=…&amp;limit=…: the names of bodies given a task or a report that contain the part,
 * shortest first (queries/web/agency-suggestions.rq), for the explorer's agency field as a person types. The names
 * are found through the lookup keys of the part's first two characters, so a part must have two: a shorter one, or a
 * limit outside 1 to {@value #MAX_LIMIT}, is 400 rather than an empty answer that would look like "no such body".
 */
@RestController
class AgencySuggestionApi {

    static final int MAX_LIMIT = 50;

    /** One suggestion: a name as stored, the canonical name of its body (blank when several bear it) and how many do. */
    record AgencySuggestion(String name, String label, long bodies) {
    }

    private final QueryCatalog catalog;
    private final QueryRunner runner;

    AgencySuggestionApi(QueryCatalog catalog, QueryRunner runner) {
        this.catalog = catalog;
        this.runner = runner;
    }

    @GetMapping("/api/agency-suggestions")
    List<AgencySuggestion> suggest(@RequestParam(required = false) String part, @RequestParam(defaultValue = "20") int limit) {
        String written = part == null ? "" : part.replaceAll("[\\s\\u3000]", "");
        if (written.codePointCount(0, written.length()) < 2) {
            throw new IllegalArgumentException("parameter 'part': '" + (part == null ? "" : part)
                    + "' is shorter than two characters; give two or more of the agency's name, e.g. part=工业和信息化");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("parameter 'limit': " + limit + " is not between 1 and " + MAX_LIMIT);
        }
        ResultSetRewindable rs = runner.select(catalog.get("web/agency-suggestions"), Map.of("part", written), new Page(limit, 0), null);
        List<AgencySuggestion> out = new ArrayList<>();
        rs.forEachRemaining(s -> out.add(new AgencySuggestion(text(s, "name"), text(s, "label"), s.getLiteral("bodies").getLong())));
        return out;
    }
}
