package org.policykg.web.obligations;

import java.util.List;
import org.springframework.web.util.UriComponentsBuilder;

/** One page of the explorer's rows, with the addresses of the pages before and after it (same filters). */
record RowPage(List<ObligationRow> rows, int page, int pages, int total, String previous, String next) {

    static final int SIZE = 50;

    /** Page {@code page} (from 1; one past the last shows the last) of the rows. */
    static RowPage of(List<ObligationRow> all, int page, ObligationFilter filter) {
        int pages = Math.max(1, (all.size() + SIZE - 1) / SIZE);
        int p = Math.min(Math.max(1, page), pages);
        List<ObligationRow> rows = all.subList((p - 1) * SIZE, Math.min(all.size(), p * SIZE));
        return new RowPage(rows, p, pages, all.size(), p > 1 ? href(filter, p - 1) : null, p < pages ? href(filter, p + 1) : null);
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
