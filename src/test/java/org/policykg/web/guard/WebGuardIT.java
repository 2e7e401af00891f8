package org.policykg.web.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.policykg.sparql.FusekiEndpoint;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The served app as a browser and a script see it: security headers on every response, the app's own UTF-8 error page
 * for a browser and problem details for anything else, and a health check that tells only its status.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "policykg.store=mem", "policykg.fuseki.port=0"})
class WebGuardIT {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    FusekiEndpoint fuseki;

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void shouldSendTheSecurityHeadersOnEveryResponse() throws Exception {
        for (String path : new String[] {"/", "/policykg.css", "/api/queries", "/no-such-page", "/document"}) {
            HttpResponse<String> r = get(path, BROWSER);

            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValue(SecurityHeaders.DEFAULT_POLICY).get().asString().doesNotContain("unsafe-inline");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
        }
    }

    @Test
    void shouldSendTheSecurityHeadersFromTheSparqlEndpointToo() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(fuseki.sparqlUrl() + "?query=ASK%7B%7D")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.DEFAULT_POLICY);
    }

    @Test
    void shouldShowTheAppsErrorPageToABrowserWhenAParameterIsMissing() throws Exception {
        HttpResponse<String> page = get("/document", BROWSER);

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(page.body()).contains("请求缺少参数或参数有误", "href=\"/\"", "Required parameter")
                .doesNotContain("Whitelabel", "Exception", "at org.");
    }

    @Test
    void shouldShowTheErrorPageForAnUnknownPageAndEscapeWhatItEchoes() throws Exception {
        HttpResponse<String> missing = get("/no-such-page", BROWSER);
        HttpResponse<String> unknown = get("/trace?clause=%3Cscript%3Ealert(1)%3C/script%3E", BROWSER);

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("没有这个页面或文档", "href=\"/\"");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    void shouldKeepProblemDetailsForClientsThatDoNotAskForHtml() throws Exception {
        HttpResponse<String> any = get("/document", "*/*");
        HttpResponse<String> api = get("/api/queries/no-such-query", "application/json");

        assertThat(any.statusCode()).isEqualTo(400);
        assertThat(any.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.body()).contains("\"detail\":\"no query named 'no-such-query'\"");
    }

    @Test
    void shouldTellHealthAsStatusOnlyWithoutDiskOrPaths() throws Exception {
        HttpResponse<String> health = get("/actuator/health", "application/json");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
    }
}
