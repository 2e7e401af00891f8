package org.policykg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.policykg.sparql.FusekiEndpoint;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The short version of {@code bench http} (issue 14's load): 8 clients for 5 s on the samples, served on random ports,
 * get no error, and every request of the mix (SPARQL endpoint, JSON API, pages) is answered. Speed is the bench's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "policykg.store=mem", "policykg.fuseki.port=0", "policykg.ingest=corpus"})
class HttpLoadIT {

    @LocalServerPort
    int webPort;

    @Autowired
    FusekiEndpoint fuseki;

    @Test
    void shouldAnswerEveryRequestOfTheMixWithoutErrorWhenEightClientsLoadTheServer() throws Exception {
        LoadMix mix = new LoadMix(ParamSampler.remote(fuseki.sparqlUrl()), "http://localhost:" + webPort, fuseki.sparqlUrl());

        HttpLoad.Result r = new HttpLoad(mix, 8).run(Duration.ofSeconds(1), Duration.ofSeconds(5));

        assertThat(r.errorSamples()).isEmpty();
        assertThat(r.errors()).isZero();
        assertThat(r.byKind()).extracting(HttpLoad.Figures::label).containsExactly("sparql", "api", "page");
        assertThat(r.byTarget()).hasSize(mix.targets().size())
                .allSatisfy(f -> assertThat(f.ok()).as("answers to " + f.label()).isPositive());
    }
}
