package org.policykg;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** The server of {@code serve}: the core, plus the web app, the API, the SPARQL endpoint, actuator and templates. */
@SpringBootApplication(scanBasePackages = {"org.policykg.web", "org.policykg.sparql"})
@Import(CoreConfiguration.class)
public class PolicyKgApplication {
}
