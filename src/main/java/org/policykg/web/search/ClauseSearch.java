package org.policykg.web.search;

import static org.policykg.query.Solutions.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.query.ResultSetRewindable;
import org.policykg.query.QueryCatalog;
import org.policykg.query.QueryRunner;
import org.policykg.web.search.SearchHit.Part;
import org.springframework.stereotype.Component;

/**
 * The search box's hits, from the catalog query {@code search}. What is typed is taken as words, not Lucene syntax:
 * each whitespace-separated part becomes a quoted phrase and all must match; when no text holds every phrase, the
 * same words are searched loosely (any of them, best first), and the answer says so.
 */
@Component
class ClauseSearch {

    /** The hits, and whether they match the phrases as typed or only some of their words. */
    record Answer(List<SearchHit> hits, boolean loose) {
    }

    private final QueryCatalog catalog;
    private final QueryRunner runner;

    ClauseSearch(QueryCatalog catalog, QueryRunner runner) {
        this.catalog = catalog;
        this.runner = runner;
    }

    Answer find(String typed) {
        List<String> words = words(typed);
        if (words.isEmpty()) {
            return new Answer(List.of(), false);
        }
        List<SearchHit> exact = run(words.stream().map(w -> "\"" + w + "\"").collect(Collectors.joining(" AND ")));
        // lower case: AND, OR and NOT typed as words are then words, not operators
        return exact.isEmpty() ? new Answer(run(String.join(" ", words).toLowerCase(Locale.ROOT)), true) : new Answer(exact, false);
    }

    /** The typed parts, without the characters that would make them Lucene syntax rather than words. */
    static List<String> words(String typed) {
        if (typed == null) {
            return List.of();
        }
        String plain = typed.replaceAll("[\\\\\"+\\-!():^\\[\\]{}~*?|&/]", " ");
        return Arrays.stream(plain.split("[\\s\\u3000]+")).filter(w -> !w.isBlank()).toList();
    }

    private List<SearchHit> run(String lucene) {
        List<SearchHit> hits = new ArrayList<>();
        ResultSetRewindable rs = runner.select(catalog.get("search"), Map.of("q", lucene));
        rs.forEachRemaining(s -> {
            String snippet = text(s, "snippet");
            List<Part> parts = snippet.isBlank() ? List.of(new Part(text(s, "excerpt"), false, false)) : Snippets.parts(snippet);
            hits.add(new SearchHit(text(s, "docTitle"), text(s, "doc"), text(s, "path"), text(s, "kind"), text(s, "clause"), parts));
        });
        return hits;
    }
}
