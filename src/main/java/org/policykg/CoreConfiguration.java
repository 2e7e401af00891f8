package org.policykg;

import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

/**
 * The core every command runs on: the store, the query catalog and runner, and the services behind the commands,
 * without web, SPARQL endpoint or auto-configuration. Its beans are made when first asked for, so a command pays
 * only for what it uses (query never loads HanLP). {@link PolicyKgApplication} adds the serving part on top.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PolicyKgProperties.class)
@ComponentScan(lazyInit = true, excludeFilters = {
        @Filter(type = FilterType.REGEX, pattern = "org\\.policykg\\.(web|sparql)\\..*"),
        @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = PolicyKgApplication.class),
        @Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class)})
public class CoreConfiguration {
}
