package org.policykg.store;

import java.nio.file.Path;
import org.policykg.PolicyKgProperties;
import org.policykg.gazetteer.Jurisdictions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Opens the store named by {@code policykg.store}, makes sure its ontology and reference graphs are current, and tells the
 * {@link StoreListener}s (the corrections) about it.
 */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    @Bean(destroyMethod = "close")
    KgStore kgStore(PolicyKgProperties props, ObjectProvider<Jurisdictions> jurisdictions, ObjectProvider<StoreListener> listeners) {
        KgStore store = "mem".equals(props.store()) ? KgStore.inMemory() : KgStore.open(Path.of(props.store()));
        new ReferenceGraphs(jurisdictions::getObject).install(store);
        listeners.orderedStream().forEach(store::listen);
        return store;
    }
}
