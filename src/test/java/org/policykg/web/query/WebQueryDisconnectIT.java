package org.policykg.web.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policykg.sparql.Eventually.within;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.policykg.query.NamedQuery;
import org.policykg.query.QueryCatalog;
import org.policykg.sparql.RunningQueries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A query on the web port stops when its client disconnects (issue 14), as QueryDisconnectIT checks on the SPARQL
 * endpoint: a query over every triple three times, which would run far past the test, is sent over a plain socket to
 * the editor's proxy and to the JSON API; once the client closes the connection, it is stopped within seconds, long
 * before the time limit (10 min here). The API's query is a test-only catalog entry.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "policykg.store=mem", "policykg.fuseki.port=0", "policykg.ingest=corpus", "policykg.query.timeout=10m"})
class WebQueryDisconnectIT {

    private static final String EVERY_TRIPLE = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }";
    private static final String SLOW = "every-triple-thrice";

    @TestConfiguration
    static class SlowQuery {
        @Bean
        @Primary
        QueryCatalog catalogWithASlowQuery() {
            return new QueryCatalog() {
                @Override
                public Optional<NamedQuery> find(String name) {
                    return name.equals(SLOW) ? Optional.of(NamedQuery.parse(SLOW, "# columns: n\n" + EVERY_TRIPLE)) : super.find(name);
                }
            };
        }
    }

    @LocalServerPort
    int webPort;

    @Autowired
    ClientWatch clients;

    @Autowired
    RunningQueries endpoint;

    @Test
    void shouldStopTheEditorsQueryOnTheEndpointWhenTheBrowserCloses() throws Exception {
        long stoppedBefore = clients.stoppedOnDisconnect();
        long cancelledBefore = endpoint.cancelledOnDisconnect();

        sendAndLeave("/sparql/query?query=" + URLEncoder.encode(EVERY_TRIPLE, StandardCharsets.UTF_8),
                () -> endpoint.running() == 1 && clients.watching() == 1);

        assertThat(within(10_000, () -> endpoint.running() == 0 && clients.watching() == 0)).as("stopped after the client left").isTrue();
        assertThat(clients.stoppedOnDisconnect()).isEqualTo(stoppedBefore + 1);
        assertThat(endpoint.cancelledOnDisconnect()).as("the endpoint saw the proxy go").isEqualTo(cancelledBefore + 1);
        assertThat(get("/sparql/query?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8))).contains("true");
    }

    @Test
    void shouldStopAnApiQueryWhenItsClientCloses() throws Exception {
        long stoppedBefore = clients.stoppedOnDisconnect();

        sendAndLeave("/api/queries/" + SLOW, () -> clients.watching() == 1);

        assertThat(within(10_000, () -> clients.watching() == 0)).as("stopped after the client left").isTrue();
        assertThat(clients.stoppedOnDisconnect()).isEqualTo(stoppedBefore + 1);
        assertThat(get("/api/queries/documents")).contains("\"rows\"");
    }

    @Test
    void shouldAnswerAClientThatWaits() throws Exception {
        long stoppedBefore = clients.stoppedOnDisconnect();

        assertThat(get("/api/queries/documents")).contains("\"rows\"");
        assertThat(get("/sparql/query?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8))).contains("true");
        assertThat(clients.stoppedOnDisconnect()).isEqualTo(stoppedBefore);
        assertThat(clients.watching()).isZero();
    }

    /** Sends a GET over a plain socket, waits until {@code running} holds and still holds 1.5 s later, then closes. */
    private void sendAndLeave(String pathAndQuery, BooleanSupplier running) throws Exception {
        try (Socket client = new Socket("127.0.0.1", webPort)) {
            OutputStream out = client.getOutputStream();
            out.write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/csv, application/json\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(within(10_000, running)).as("the query started").isTrue();
            Thread.sleep(1_500);
            assertThat(running.getAsBoolean()).as("still running while its client waits").isTrue();
        }
    }

    private String get(String pathAndQuery) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + webPort + pathAndQuery))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(pathAndQuery + ": " + r.body()).isEqualTo(200);
        return r.body();
    }
}
