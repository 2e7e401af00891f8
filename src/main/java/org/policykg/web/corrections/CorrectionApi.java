package org.policykg.web.corrections;

import java.util.List;
import org.policykg.correct.Correction;
import org.policykg.correct.CorrectionService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/corrections: the corrections people made, each with where it applies now (anchored, reanchored, orphaned
 * or superseded), as JSON, or as the CSV {@code correct export} writes with {@code format=csv}. Corrections are made
 * on the command line ({@code correct set}); the web app serves the graph read-only.
 */
@RestController
class CorrectionApi {

    /** One correction and its place now. */
    record CorrectionView(String id, String doc, String path, int task, String field, List<String> before, List<String> after,
                          String by, String time, String note, String status, String appliedPath) {}

    private final CorrectionService corrections;

    CorrectionApi(CorrectionService corrections) {
        this.corrections = corrections;
    }

    @GetMapping("/api/corrections")
    ResponseEntity<?> list(@RequestParam(defaultValue = "json") String format) {
        if (format.equals("csv")) {
            return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                    .body(corrections.exportCsv());
        }
        if (!format.equals("json")) {
            throw new IllegalArgumentException("unknown format '" + format + "' (json or csv)");
        }
        return ResponseEntity.ok(corrections.list().stream().map(l -> {
            Correction c = l.correction();
            return new CorrectionView(c.id(), c.doc(), c.path(), c.task(), c.field().slug(), c.before(), c.after(), c.by(),
                    c.time().toString(), c.note(), l.status(), l.appliedPath());
        }).toList());
    }
}
