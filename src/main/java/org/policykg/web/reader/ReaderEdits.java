package org.policykg.web.reader;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.policykg.correct.Correction;
import org.policykg.correct.CorrectionService;
import org.policykg.correct.Field;
import org.springframework.stereotype.Component;

/**
 * What the reader's correction form needs of a document: each place a field can be corrected at (obligations and
 * thresholds by clause, numbered as the API numbers them, and the document itself), what its fields show now, and
 * the corrections made there, with their ids to undo; and the corrections of the document that can no longer be placed.
 */
@Component
public class ReaderEdits {

    /** One field of a place: its slug for the API, its Chinese name and its values now, joined with 、. */
    record FieldValue(String field, String label, String value) {}

    /** A correction as the form and the pages list it; {@code path} is where it applies now, else where it was made. */
    public record Made(String id, String field, String label, String path, String before, String after, String by, String date,
                String note, String status) {}

    /** A place: a clause's obligation or threshold ({@code task}-th of the clause), or the document (path "-"). */
    record Place(String path, String subject, int task, String text, List<FieldValue> fields, List<Made> corrections) {}

    /** The form's data (JSON for the page's script), the paths with a place, and the orphaned corrections. */
    record View(String json, Set<String> paths, List<Made> orphaned, boolean documentCorrected) {}

    private final CorrectionService corrections;
    private final ObjectMapper json;

    ReaderEdits(CorrectionService corrections, ObjectMapper json) {
        this.corrections = corrections;
        this.json = json;
    }

    /** The document's corrections; with {@code form}, also the places the form offers (read for an admin only). */
    View of(String docIri, boolean form) {
        List<CorrectionService.Listed> listed = corrections.list().stream().filter(l -> l.correction().doc().equals(docIri)).toList();
        List<Place> places = new ArrayList<>();
        for (Field.Subject subject : form ? Field.Subject.values() : new Field.Subject[0]) {
            for (CorrectionService.Place p : corrections.places(docIri, subject)) {
                List<FieldValue> fields = p.values().entrySet().stream().map(e -> new FieldValue(e.getKey().slug(),
                        e.getKey().label(), Correction.joined(e.getValue()))).toList();
                List<Made> made = listed.stream().filter(l -> placed(l) && l.appliedPath().equals(p.path())
                        && l.correction().task() == p.task() && l.correction().field().subject() == subject).map(ReaderEdits::made).toList();
                places.add(new Place(p.path(), subject.name().toLowerCase(), p.task(), p.text(), fields, made));
            }
        }
        List<Made> orphaned = listed.stream().filter(l -> !placed(l)).map(ReaderEdits::made).toList();
        boolean documentCorrected = listed.stream().anyMatch(l -> placed(l) && l.correction().field().subject() == Field.Subject.DOCUMENT);
        try {
            return new View(json.writeValueAsString(Map.of("doc", docIri, "places", places)),
                    places.stream().map(Place::path).collect(Collectors.toSet()), orphaned, documentCorrected);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean placed(CorrectionService.Listed l) {
        return !l.status().equals("orphaned");
    }

    public static Made made(CorrectionService.Listed l) {
        Correction c = l.correction();
        return new Made(c.id(), c.field().slug(), c.field().label(), l.appliedPath().isEmpty() ? c.path() : l.appliedPath(), Correction.joined(c.before()), Correction.joined(c.after()),
                c.by(), c.time().toString().substring(0, 10), c.note(), l.status());
    }
}
