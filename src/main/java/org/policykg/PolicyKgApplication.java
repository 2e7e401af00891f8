package org.policykg;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Spring application behind every command: the pipeline, the store and, when serving, the endpoints. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PolicyKgApplication {
}
