package org.policykg.web.corrections;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The corrections ITs' client of a server on a random port: JSON requests, and the admin's Basic credential. */
final class CorrectionsHttp {

    static final String PASSWORD = "审核-secret";

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    CorrectionsHttp(int port) {
        this.port = port;
    }

    static String basic(String password) {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
    }

    HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "application/json");
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A JSON body POSTed to /api/corrections, with {@code authorization} (none when null). */
    HttpResponse<String> postJson(String body, String authorization) throws Exception {
        HttpRequest.Builder r = at("/api/corrections").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return send(authorization == null ? r : r.header("Authorization", authorization));
    }
}
