package org.policykg.store;

import java.util.Set;

/**
 * Hears about a store: when it is opened, and after documents were replaced in it (committed). Layers kept beside
 * the extracted graphs, such as the corrections, rebuild what depends on them here, whoever wrote the documents.
 */
public interface StoreListener {

    default void opened(KgStore store) {
    }

    /** After a committed write of these documents (their IRIs). */
    default void replaced(KgStore store, Set<String> documents) {
    }
}
