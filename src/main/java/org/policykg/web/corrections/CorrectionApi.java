package org.policykg.web.corrections;

import java.security.Principal;
import java.util.List;
import org.policykg.correct.AgencyCorrections;
import org.policykg.correct.Correction;
import org.policykg.correct.CorrectionService;
import org.policykg.correct.Field;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The corrections over HTTP. GET /api/corrections lists them, each with where it applies now (anchored, reanchored,
 * orphaned or superseded), as JSON, or as the CSV {@code correct export} writes with {@code format=csv}. POST makes one
 * (JSON or a form: doc, path, field, value, task, by, note; see {@link NewCorrection} for the added obligation and the
 * agency corrections) and DELETE /api/corrections/{id} undoes one, both for the
 * admin only ({@code AdminSecurity}); a place or value that is wrong is refused with the message {@code correct set}
 * prints, and nothing is written.
 */
@RestController
class CorrectionApi {

    /** One correction and its place now. */
    record CorrectionView(String id, String doc, String path, int task, String field, List<String> before, List<String> after,
                          String by, String time, String note, String status, String appliedPath) {}

    /**
     * What a client sends to make a correction; {@code by} defaults to the login name. An added obligation (field
     * obligation) may carry its lead, support and deadline; merge-agency names the agency kept and the one merged
     * into it ({@code agency}, {@code merged}), split-alias the agency, the alias and the new name ({@code agency},
     * {@code alias}, {@code as}); these two need no doc or path.
     */
    record NewCorrection(String doc, String path, String field, String value, Integer task, String by, String note,
                         String lead, String support, String deadline, String agency, String merged, String alias, String as) {}

    private final CorrectionService corrections;
    private final AgencyCorrections agencies;

    CorrectionApi(CorrectionService corrections, AgencyCorrections agencies) {
        this.corrections = corrections;
        this.agencies = agencies;
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
        return ResponseEntity.ok(corrections.list().stream().map(CorrectionApi::view).toList());
    }

    @PostMapping(value = "/api/corrections", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CorrectionView> set(@RequestBody NewCorrection body, Principal login) {
        return made(body, login);
    }

    @PostMapping(value = "/api/corrections", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<CorrectionView> setByForm(@RequestParam(defaultValue = "") String doc, @RequestParam(defaultValue = "") String path,
                                             @RequestParam String field,
                                             @RequestParam(defaultValue = "") String value, @RequestParam(required = false) Integer task,
                                             @RequestParam(required = false) String by, @RequestParam(required = false) String note,
                                             @RequestParam(required = false) String lead, @RequestParam(required = false) String support,
                                             @RequestParam(required = false) String deadline, @RequestParam(required = false) String agency,
                                             @RequestParam(required = false) String merged, @RequestParam(required = false) String alias,
                                             @RequestParam(required = false) String as, Principal login) {
        return made(new NewCorrection(doc, path, field, value, task, by, note, lead, support, deadline, agency, merged, alias, as), login);
    }

    @DeleteMapping("/api/corrections/{id}")
    CorrectionView undo(@PathVariable String id) {
        if (corrections.list().stream().noneMatch(l -> l.correction().id().equals(id))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no correction '" + id + "' (see: correct list)");
        }
        return view(corrections.undo(id), "undone", "");
    }

    private ResponseEntity<CorrectionView> made(NewCorrection n, Principal login) {
        required("field", n.field());
        Field field = Field.parse(n.field());
        String by = n.by() != null && !n.by().isBlank() ? n.by().strip() : login.getName();
        Correction c;
        if (field == Field.MERGE_AGENCY) {
            c = agencies.merge(required("agency", n.agency()), required("merged", n.merged()), by, n.note());
        } else if (field == Field.SPLIT_ALIAS) {
            c = agencies.split(required("agency", n.agency()), required("alias", n.alias()), n.as(), by, n.note());
        } else {
            required("doc", n.doc());
            required("path", n.path());
            String value = n.value() == null ? "" : n.value();
            if (field == Field.OBLIGATION) {
                c = corrections.addObligation(n.doc(), n.path(), value, CorrectionService.fields(n.lead(), n.support(), n.deadline()),
                        by, n.note()).get(0);
            } else {
                c = corrections.set(n.doc(), n.path(), n.task(), field, value, by, n.note());
            }
        }
        CorrectionView made = corrections.list().stream().filter(l -> l.correction().id().equals(c.id())).findFirst()
                .map(CorrectionApi::view).orElseThrow();
        return ResponseEntity.status(HttpStatus.CREATED).body(made);
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a correction needs " + name);
        }
        return value;
    }

    private static CorrectionView view(CorrectionService.Listed l) {
        return view(l.correction(), l.status(), l.appliedPath());
    }

    private static CorrectionView view(Correction c, String status, String appliedPath) {
        return new CorrectionView(c.id(), c.doc(), c.path(), c.task(), c.field().slug(), c.before(), c.after(), c.by(),
                c.time().toString(), c.note(), status, appliedPath);
    }
}
