package org.policykg.web.query;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.policykg.sparql.FusekiEndpoint;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The SPARQL editor's endpoint: queries passed on to Fuseki's query-only service ({@code /{dataset}/query}).
 * A proxy rather than CORS on Fuseki, so that the browser needs only the web port (Fuseki's may be closed to
 * it, or bound to another host name) and only queries get through, even when Fuseki accepts updates. When the
 * browser goes ({@link ClientWatch}), the request to Fuseki is cancelled, which closes its connection, and Fuseki
 * stops the query (sparql/RunningQueries).
 */
@RestController
class SparqlProxy {

    static final String PATH = "/sparql/query";

    private final ObjectProvider<FusekiEndpoint> fuseki;
    private final ClientWatch clients;
    /** HTTP/1.1: a cancelled request then closes its own connection, which is what Fuseki notices (not an HTTP/2 reset). */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    SparqlProxy(ObjectProvider<FusekiEndpoint> fuseki, ClientWatch clients) {
        this.fuseki = fuseki;
        this.clients = clients;
    }

    @GetMapping(PATH)
    ResponseEntity<byte[]> get(@RequestParam String query, @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            HttpServletRequest request)
            throws IOException, InterruptedException {
        return forward(query, accept, request);
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<byte[]> postForm(@RequestParam String query, @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            HttpServletRequest request)
            throws IOException, InterruptedException {
        return forward(query, accept, request);
    }

    @PostMapping(path = PATH, consumes = "application/sparql-query")
    ResponseEntity<byte[]> postQuery(@RequestBody String query, @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            HttpServletRequest request)
            throws IOException, InterruptedException {
        return forward(query, accept, request);
    }

    private ResponseEntity<byte[]> forward(String query, String accept, HttpServletRequest from) throws IOException, InterruptedException {
        FusekiEndpoint f = fuseki.getIfAvailable();
        if (f == null || !f.isRunning()) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "the SPARQL endpoint is not running");
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(f.datasetUrl() + "/query"))
                .header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_FORM_URLENCODED_VALUE)
                .header(HttpHeaders.ACCEPT, accept == null || accept.isBlank() ? "application/sparql-results+json" : accept)
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        CompletableFuture<HttpResponse<byte[]>> sent = http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> answer;
        try (ClientWatch.Watch watch = clients.watch(from, () -> sent.cancel(true))) {
            try {
                answer = sent.get();
            } catch (CancellationException | ExecutionException e) {
                if (watch.clientGone()) {
                    // nobody reads this answer, and the browser's going is no error of ours
                    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
                }
                throw e.getCause() instanceof IOException io ? io : new IOException(e);
            }
        }
        ResponseEntity.BodyBuilder out = ResponseEntity.status(answer.statusCode());
        answer.headers().firstValue(HttpHeaders.CONTENT_TYPE).ifPresent(type -> out.header(HttpHeaders.CONTENT_TYPE, type));
        return out.body(answer.body());
    }
}
