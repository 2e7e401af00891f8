package org.policykg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Starts {@link CoreConfiguration} for a batch command, as a plain Spring context: Spring Boot's start-up
 * (configuration data, logging, auto-configuration) costs more than most commands then run. Properties come, in
 * Boot's order, from the command line, system properties, the environment, and the application.properties files
 * of ./config, the working folder and the jar.
 */
public final class CoreContext {

    private static final List<String> PROPERTY_FILES = List.of(
            "file:config/application.properties", "file:application.properties", "classpath:application.properties");

    private CoreContext() {
    }

    /** The core on {@code store} (a folder, or {@code mem}); null keeps the configured {@code policykg.store}. */
    public static ConfigurableApplicationContext start(String store) {
        BatchLogging.warningsToStderr();
        AnnotationConfigApplicationContext ctx = new AnnotationConfigApplicationContext();
        MutablePropertySources sources = ctx.getEnvironment().getPropertySources();
        if (store != null) {
            sources.addFirst(new MapPropertySource("commandLineArgs", Map.of("policykg.store", store)));
        }
        DefaultResourceLoader loader = new DefaultResourceLoader();
        for (String location : PROPERTY_FILES) {
            Resource file = loader.getResource(location);
            if (file.exists()) {
                sources.addLast(properties(location, file));
            }
        }
        // Boot's converters, so that @Value binds sizes and durations (32MB) as under serve.
        ctx.getBeanFactory().setConversionService(ApplicationConversionService.getSharedInstance());
        ctx.register(CoreConfiguration.class);
        ctx.refresh();
        return ctx;
    }

    private static ResourcePropertySource properties(String name, Resource file) {
        try {
            return new ResourcePropertySource(name, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
