package org.policykg.store;

import org.policykg.Samples;

/** For tests in other packages: installs the ontology and reference graphs the way the application does. */
public final class ReferenceFixture {

    private ReferenceFixture() {
    }

    public static KgStore storeWithReference() {
        KgStore store = KgStore.inMemory();
        install(store);
        return store;
    }

    public static void install(KgStore store) {
        new ReferenceGraphs(Samples::jurisdictions).install(store);
    }
}
