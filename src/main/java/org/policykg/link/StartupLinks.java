package org.policykg.link;

import org.policykg.store.KgStore;
import org.policykg.summary.GraphSizes;
import org.policykg.summary.SortGroups;
import org.policykg.summary.Summaries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * {@code serve}: when an ingest stopped before its cross-document pass finished (a crash, kill -9), completes the
 * pass for the documents it left pending before either endpoint opens, saying so in one line; builds the summaries
 * of a store built before they were kept.
 */
@Component
@ConditionalOnWebApplication
@Lazy(false) // the core context makes beans lazily, and a lazy bean would never run at start-up
class StartupLinks implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(StartupLinks.class);

    private final KgStore store;
    private final CrossDocumentLinker linker;

    StartupLinks(KgStore store, CrossDocumentLinker linker) {
        this.store = store;
        this.linker = linker;
    }

    @Override
    public void afterSingletonsInstantiated() {
        int pending = LinkState.pendingCount(store);
        if (pending > 0) {
            LOG.warn("{} documents stored by an earlier run are not linked yet (it stopped before its cross-document pass finished): "
                    + "linking them now", pending);
            LOG.info("cross-document links: {}", linker.link(store, java.util.Set.of()).summary());
        } else if (store.read(ds -> Summaries.missing(ds.asDatasetGraph()) || SortGroups.missing(ds.asDatasetGraph())
                || GraphSizes.missing(ds.asDatasetGraph()))) {
            LOG.warn("the store has no summaries of the whole-corpus queries yet (built before they were kept): building them now");
            linker.link(store, java.util.Set.of());
        }
    }
}
