package org.policykg.web.tables;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.policykg.calendar.Agency;
import org.policykg.calendar.AgencyCalendars;
import org.policykg.tables.TableFormat;
import org.policykg.tables.TaskTable;
import org.policykg.tables.TaskTables;
import org.policykg.web.NotFoundWhenUnknown;
import org.policykg.web.guard.SecurityHeaders;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads: GET /api/tables/{doc}?format=docx|xlsx|csv|html[&amp;draftFor=湛江市&amp;marginDays=10][&amp;details=true]
 * [&amp;asOf=2021-06-30] (a task-division table, as the table command's options; also /api/tables?doc=IRI&amp;…), GET /api/agencies (bodies with deadlines) and GET /api/agencies/{id}/calendar.ics (a body's deadlines,
 * for subscription).
 */
@RestController
@NotFoundWhenUnknown
class TableApi {

    private final TaskTables tables;
    private final AgencyCalendars calendars;

    TableApi(TaskTables tables, AgencyCalendars calendars) {
        this.tables = tables;
        this.calendars = calendars;
    }

    /** The document in the path (a file name, 文号) or, since an IRI does not fit in one path segment, as ?doc=. */
    @GetMapping({"/api/tables/{doc}", "/api/tables"})
    ResponseEntity<byte[]> table(@PathVariable(name = "doc", required = false) String inPath,
                                 @RequestParam(name = "doc", required = false) String inQuery,
                                 @RequestParam(defaultValue = "docx") String format, @RequestParam(required = false) String draftFor,
                                 @RequestParam(defaultValue = "10") int marginDays, @RequestParam(defaultValue = "false") boolean details,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                 HttpServletResponse response) throws IOException {
        String doc = inPath != null ? inPath : inQuery;
        if (doc == null || doc.isBlank()) {
            // a missing argument is the caller's mistake (400), not an unknown document (404)
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "give the document: /api/tables/{file name or 文号} or /api/tables?doc=IRI");
        }
        return download(new TableRequest(doc, draftFor, marginDays, details, asOf), format, response);
    }

    private ResponseEntity<byte[]> download(TableRequest request, String format, HttpServletResponse response) throws IOException {
        TableFormat fmt = TableFormat.parse(format);
        if (fmt == TableFormat.HTML) {
            // shown in the browser: its own inline style must apply, which the app's policy forbids
            response.setHeader("Content-Security-Policy", SecurityHeaders.SELF_CONTAINED_PAGE);
        }
        TaskTable table = request.build(tables);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fmt.write(table, body);
        ContentDisposition disposition = (fmt == TableFormat.HTML ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(table.title() + "." + fmt.extension(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(fmt.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString()).body(body.toByteArray());
    }

    @GetMapping("/api/agencies")
    List<Map<String, Object>> agencies() {
        return calendars.agencies();
    }

    @GetMapping("/api/agencies/{id}/calendar.ics")
    ResponseEntity<byte[]> calendar(@PathVariable String id,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to)
            throws IOException {
        Agency agency = calendars.resolve(id);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        calendars.calendar(agency, from, to).write(body);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(agency.label() + ".ics", StandardCharsets.UTF_8).build().toString())
                .body(body.toByteArray());
    }
}
