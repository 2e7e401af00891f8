package org.policykg.web.upload;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.policykg.sparql.FusekiEndpoint;
import org.policykg.store.KgStore;
import org.policykg.web.BrowserITBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Adding a document: over HTTP with and without the admin credential (nothing written without it), the form refused
 * without its CSRF token, the size limit and a format ingest does not read; then in Chromium, through the form, to the
 * landing page. Its own server, with an admin password and a 1 MB limit.
 */
@TestPropertySource(properties = {"policykg.admin.password=" + UploadBrowserIT.PASSWORD, "policykg.ingest.max-file-size=1MB"})
class UploadBrowserIT extends BrowserITBase {

    static final String PASSWORD = "test-admin-secret";
    private static final String TITLE = "关于开展工业节能诊断服务的通知";

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    KgStore store;

    @Autowired
    FusekiEndpoint fuseki;

    @TempDir
    Path dir;

    private static Path notice(Path dir, String fileName, String title) throws IOException {
        return Files.writeString(dir.resolve(fileName), title + "\n\n各县（市、区）工业和信息化局：\n\n一、工作任务\n"
                + "（一）组织节能诊断。各县（市、区）工业和信息化局负责组织辖区重点用能企业开展节能诊断服务，2022年6月30日前完成。\n"
                + "（二）报送工作情况。各地于2022年12月15日前将工作总结报送市工业和信息化局。\n", StandardCharsets.UTF_8);
    }

    /** A multipart POST of one file as the field {@code file}, with the given headers (name, value, …). */
    private HttpResponse<String> post(String path, String fileName, byte[] content, String... headers) throws Exception {
        String boundary = "----policykg" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + webPort + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(java.util.List.of(head, content, tail)));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String password) {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
    }

    private long sparqlCount(String title) throws Exception {
        String q = "PREFIX eli: <http://data.europa.eu/eli/ontology#> SELECT (COUNT(*) AS ?n) WHERE { ?d eli:title \"" + title + "\" }";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(fuseki.sparqlUrl() + "?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
        return new ObjectMapper().readTree(r.body()).at("/results/bindings/0/n/value").asLong();
    }

    @Test
    void shouldAddADocumentWithTheCredentialAndWriteNothingWithout() throws Exception {
        byte[] file = Files.readAllBytes(notice(dir, "api-notice.txt", "关于开展节能诊断服务的补充通知"));
        long before = store.documentCount();

        assertThat(post("/api/documents", "api-notice.txt", file).statusCode()).isEqualTo(401);
        assertThat(post("/api/documents", "api-notice.txt", file, "Authorization", basic("wrong")).statusCode()).isEqualTo(401);
        assertThat(store.documentCount()).isEqualTo(before);

        HttpResponse<String> added = post("/api/documents", "api-notice.txt", file, "Authorization", basic(PASSWORD));

        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        JsonNode body = new ObjectMapper().readTree(added.body());
        assertThat(body.get("document").asText()).startsWith("https://w3id.org/policykg/id/doc/");
        assertThat(store.documentCount()).isEqualTo(before + 1);
        assertThat(sparqlCount("关于开展节能诊断服务的补充通知")).isEqualTo(1);
    }

    @Test
    void shouldRefuseAFormPostWithoutItsCsrfTokenAndAnApiPostFromAnotherSite() throws Exception {
        byte[] file = Files.readAllBytes(notice(dir, "csrf-notice.txt", "关于节能诊断的第三份通知"));
        long before = store.documentCount();

        assertThat(post("/upload", "csrf-notice.txt", file, "Authorization", basic(PASSWORD)).statusCode()).isEqualTo(403);
        assertThat(post("/api/documents", "csrf-notice.txt", file, "Authorization", basic(PASSWORD), "Origin", "http://elsewhere.example")
                .statusCode()).isEqualTo(403);

        assertThat(store.documentCount()).isEqualTo(before);
    }

    @Test
    void shouldRefuseAFileOverTheLimitOrOfAnotherFormatInOneLine() throws Exception {
        long before = store.documentCount();

        HttpResponse<String> big = post("/api/documents", "big.txt", new byte[1_200_000], "Authorization", basic(PASSWORD),
                "Accept", "application/json");
        HttpResponse<String> exe = post("/api/documents", "tool.exe", "不是文件".getBytes(StandardCharsets.UTF_8),
                "Authorization", basic(PASSWORD));

        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(new ObjectMapper().readTree(big.body()).get("detail").asText())
                .isEqualTo("file is over the limit of 1.0 MiB per file (setting policykg.ingest.max-file-size)");
        assertThat(exe.statusCode()).isEqualTo(422);
        assertThat(new ObjectMapper().readTree(exe.body()).get("errors").get(0).asText()).startsWith("tool.exe: not a format ingest reads (");
        assertThat(store.documentCount()).isEqualTo(before);
    }

    @Test
    void shouldUploadThroughTheFormAndShowTheDocumentOnTheLandingPage() throws Exception {
        Path file = notice(dir, "节能诊断通知.txt", TITLE);
        browser.get("http://admin:" + PASSWORD + "@localhost:" + webPort + "/upload");
        screenshot("upload");

        browser.findElement(By.id("file")).sendKeys(file.toString());
        browser.findElement(By.cssSelector("form.upload button[type=submit]")).click();
        waiting(Duration.ofSeconds(120)).until(ExpectedConditions.attributeToBe(By.id("upload-state"), "data-state", "DONE"));
        screenshot("upload-done");

        open("/");
        assertThat(browser.findElements(By.linkText(TITLE))).hasSize(1);
        browser.findElement(By.linkText(TITLE)).click();
        waiting(Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/document?doc="));
        assertThat(browser.getPageSource()).contains("组织节能诊断");
    }
}
