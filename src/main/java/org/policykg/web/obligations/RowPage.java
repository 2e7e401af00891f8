package org.policykg.web.obligations;

import java.util.List;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of the explorer's rows, with the addresses of the pages before and after it (same filters); or, for a view
 * too broad to list, none and how many documents it covers against the most it lists ({@code documents} > 0).
 */
record RowPage(List<ObligationRow> rows, int page, int pages, int total, String previous, String next, long documents,
               int maxDocuments) {

    static final int SIZE = 50;

    /** Page {@code page} (from 1; one past the last shows the last) of the rows. */
    static RowPage of(List<ObligationRow> all, int page, ObligationFilter filter) {
        int p = shown(page, all.size());
        return of(all.subList((p - 1) * SIZE, Math.min(all.size(), p * SIZE)), p, all.size(), filter);
    }

    /** The page {@code shown} (as {@link #shown} chose it) holding {@code rows}, of {@code total} rows in all. */
    static RowPage of(List<ObligationRow> rows, int shown, int total, ObligationFilter filter) {
        int pages = pages(total);
        return new RowPage(rows, shown, pages, total, shown > 1 ? href(filter, shown - 1) : null,
                shown < pages ? href(filter, shown + 1) : null, 0, 0);
    }

    /** No rows: the view covers {@code documents} documents, more than the {@code maxDocuments} it lists. */
    static RowPage tooBroad(long documents, int maxDocuments) {
        return new RowPage(List.of(), 1, 1, 0, null, null, documents, maxDocuments);
    }

    /** The page shown when {@code page} is asked for among {@code total} rows: from 1, one past the last shows the last. */
    static int shown(int page, int total) {
        return Math.min(Math.max(1, page), pages(total));
    }

    private static int pages(int total) {
        return Math.max(1, (total + SIZE - 1) / SIZE);
    }

    private static String href(ObligationFilter f, int page) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/obligations");
        add(b, "agency", f.agency());
        add(b, "doc", f.doc());
        add(b, "level", f.level());
        add(b, "jurisdiction", f.jurisdiction());
        add(b, "role", f.role());
        add(b, "status", f.status());
        add(b, "from", f.from() == null ? null : f.from().toString());
        add(b, "to", f.to() == null ? null : f.to().toString());
        return b.queryParam("page", page).encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder b, String name, String value) {
        if (ObligationFilter.given(value)) {
            b.queryParam(name, value);
        }
    }
}
