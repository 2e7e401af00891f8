package org.policykg.web.guard;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every response of the web app, error pages included, and of the SPARQL endpoint. The pages load
 * script and style only from their own static files, so the policy allows no inline script or style and no framing by
 * other sites; a deployment that needs more (another origin to query) sets {@code policykg.web.content-security-policy}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SecurityHeaders extends OncePerRequestFilter {

    public static final String DEFAULT_POLICY = "default-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    /**
     * The policy of a page that carries its own style and nothing else (the task table as HTML, made to be saved and
     * printed as one file): its inline style applies, no script, image or other resource loads.
     */
    public static final String SELF_CONTAINED_PAGE = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private final String policy;

    public SecurityHeaders(@Value("${policykg.web.content-security-policy:" + DEFAULT_POLICY + "}") String policy) {
        this.policy = policy;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        chain.doFilter(request, response);
    }
}
