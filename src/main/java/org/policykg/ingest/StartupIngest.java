package org.policykg.ingest;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * {@code serve --ingest corpus}: loads the given paths before either endpoint opens, so the first request
 * already sees every document. Bad files are logged in one line each and the rest are served.
 */
@Component
@ConditionalOnProperty(name = "policykg.ingest")
@Lazy(false) // the core context makes beans lazily, and a lazy bean would never run at start-up
class StartupIngest implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(StartupIngest.class);

    private final IngestService ingest;
    private final String paths;

    StartupIngest(IngestService ingest, @Value("${policykg.ingest}") String paths) {
        this.ingest = ingest;
        this.paths = paths;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<Path> inputs = Arrays.stream(paths.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Path::of).toList();
        IngestReport report = ingest.ingest(inputs, new IngestListener() {
            @Override
            public void failed(String message) {
                LOG.error(message);
            }
        });
        LOG.info("ingest {}: {}", paths, report.summary());
    }
}
