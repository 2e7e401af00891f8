package org.policykg.web.corrections;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.policykg.correct.CorrectionLayer;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code ?asExtracted=true} on any page or API call (queries, tables, calendars, trace): the request is answered from
 * the facts as the parser read them, without the corrections people made. Without it, the corrected view. The SPARQL
 * endpoint (Fuseki, and the editor's proxy to it) answers on threads of its own, in the corrected view.
 */
@Component
class AsExtractedFilter extends OncePerRequestFilter {

    static final String PARAM = "asExtracted";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String asked = request.getParameter(PARAM);
        if (asked == null || asked.equals("false")) {
            chain.doFilter(request, response);
            return;
        }
        try {
            CorrectionLayer.asExtracted(() -> {
                try {
                    chain.doFilter(request, response);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (ServletException e) {
                    throw new IllegalStateException(e);
                }
                return null;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof ServletException s) {
                throw s;
            }
            throw e;
        }
    }
}
