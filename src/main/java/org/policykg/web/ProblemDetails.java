package org.policykg.web;

import org.policykg.query.QueryTimeoutException;
import org.policykg.trace.UnknownClauseException;
import java.util.Locale;
import org.apache.jena.query.text.TextIndexParseException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one error shape of the API and the pages: RFC 9457 problem details, whose {@code detail} is the message
 * a command would print. Spring MVC's own errors (a missing parameter, an unknown query) answer in it too.
 */
@RestControllerAdvice
class ProblemDetails extends ResponseEntityExceptionHandler {

    private final DataSize maxFileSize;

    ProblemDetails(@Value("${policykg.ingest.max-file-size:32MB}") DataSize maxFileSize) {
        this.maxFileSize = maxFileSize;
    }

    /** An upload over the size limit, refused in the words ingest uses for a file over it. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e, HttpHeaders headers,
                                                                          HttpStatusCode status, WebRequest request) {
        String detail = String.format(Locale.ROOT, "file is over the limit of %.1f MiB per file (setting policykg.ingest.max-file-size)",
                maxFileSize.toBytes() / 1048576.0);
        return handleExceptionInternal(e, ProblemDetail.forStatusAndDetail(status, detail), headers, status, request);
    }

    @ExceptionHandler(UnknownClauseException.class)
    ProblemDetail unknownClause(UnknownClauseException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    /** A query stopped at its time limit: the server is fine, this query is too costly to serve now. */
    @ExceptionHandler(QueryTimeoutException.class)
    ProblemDetail timedOut(QueryTimeoutException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    }

    /** A full-text query (text:query, the catalog's search) that is not Lucene syntax is the client's to mend. */
    @ExceptionHandler(TextIndexParseException.class)
    ProblemDetail badTextQuery(TextIndexParseException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "full-text query is not valid Lucene syntax: " + String.valueOf(e.getMessage()).replaceAll("\\s+", " ").strip());
    }

    /** A bad or ambiguous argument is 400, or 404 where it names the resource a controller serves. */
    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badArgument(IllegalArgumentException e, HandlerMethod handler) {
        boolean names = handler != null && handler.getBeanType().isAnnotationPresent(NotFoundWhenUnknown.class);
        return ProblemDetail.forStatusAndDetail(names ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST, String.valueOf(e.getMessage()));
    }
}
