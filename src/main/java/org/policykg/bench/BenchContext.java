package org.policykg.bench;

import java.nio.file.Path;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.policykg.CoreContext;
import org.policykg.store.KgStore;
import org.springframework.context.ConfigurableApplicationContext;

/** The application as the batch commands start it (no web, no SPARQL endpoint), on a store folder of the bench. */
final class BenchContext implements AutoCloseable {

    private final ConfigurableApplicationContext ctx;

    BenchContext(Path store) {
        this.ctx = CoreContext.start(store.toString());
    }

    <T> T bean(Class<T> type) {
        return ctx.getBean(type);
    }

    /** Closes the application and releases the store folder, so another process may open it. */
    @Override
    public void close() {
        var dsg = ctx.getBean(KgStore.class).dataset().asDatasetGraph();
        ctx.close();
        TDBInternal.expel(dsg);
    }
}
