package org.policykg.web;

import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** For web slices: a request of the signed-in admin, by the security context the guard's filters read from the session. */
public final class SignedIn {

    private SignedIn() {
    }

    public static RequestPostProcessor admin() {
        return r -> {
            r.getSession(true).setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(
                    UsernamePasswordAuthenticationToken.authenticated("admin", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN")))));
            return r;
        };
    }
}
