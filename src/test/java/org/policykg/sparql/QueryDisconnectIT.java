package org.policykg.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A query stops when its client disconnects (issue 14): a query over every triple three times, which would run far
 * past the test, is sent to the public SPARQL endpoint over a plain socket; while the client waits it keeps running,
 * and once the client closes the connection it is aborted within seconds, long before the time limit (10 min here).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "policykg.store=mem", "policykg.fuseki.port=0", "policykg.ingest=corpus", "policykg.query.timeout=10m"})
class QueryDisconnectIT {

    private static final String EVERY_TRIPLE = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }";
    private static final String COUNT_DOCS = "PREFIX pkg: <https://w3id.org/policykg/ontology#> "
            + "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a pkg:PolicyDocument }";

    @Autowired
    FusekiEndpoint fuseki;

    @Autowired
    RunningQueries queries;

    @Test
    void shouldStopAQueryWhenItsClientClosesTheConnection() throws Exception {
        long cancelledBefore = queries.cancelledOnDisconnect();
        byte[] body = EVERY_TRIPLE.getBytes(StandardCharsets.UTF_8);
        try (Socket client = new Socket("127.0.0.1", fuseki.port())) {
            OutputStream out = client.getOutputStream();
            out.write(("POST /kg/sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/sparql-query\r\n"
                    + "Accept: text/csv\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            assertThat(within(10_000, () -> queries.running() == 1)).as("the query started").isTrue();
            Thread.sleep(1_500);
            assertThat(queries.running()).as("still running while its client waits").isEqualTo(1);
        }
        long closed = System.nanoTime();

        assertThat(within(10_000, () -> queries.running() == 0)).as("stopped after the client left").isTrue();
        assertThat((System.nanoTime() - closed) / 1e9).as("seconds until stopped").isLessThan(10);
        assertThat(queries.cancelledOnDisconnect()).isEqualTo(cancelledBefore + 1);
        assertThat(countDocuments().body().strip()).as("the endpoint still answers").isEqualTo("n\r\n5");
    }

    @Test
    void shouldLeaveAQueryWhoseClientWaitsToFinish() throws Exception {
        long cancelledBefore = queries.cancelledOnDisconnect();

        HttpResponse<String> answer = countDocuments();

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body().strip()).isEqualTo("n\r\n5");
        assertThat(queries.cancelledOnDisconnect()).isEqualTo(cancelledBefore);
        assertThat(queries.running()).isZero();
    }

    private HttpResponse<String> countDocuments() throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(fuseki.sparqlUrl()))
                .header("Accept", "text/csv").header("Content-Type", "application/sparql-query; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(COUNT_DOCS, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static boolean within(long millis, BooleanSupplier condition) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }
}
