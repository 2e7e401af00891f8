package org.policykg.web.guard;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may write: adding a document (the upload form and POST /api/documents) and making or undoing a correction
 * (POST /api/corrections, DELETE /api/corrections/{id}; the reader's form calls these) need the user {@code admin} with the
 * password {@code policykg.admin.password}, by HTTP Basic; without that setting there is no such user and the upload is
 * off; {@link SignIn} asks for it. Everything else stays open to read, as before. The form carries a CSRF token; the API is exempt only when the
 * request has no Origin header, which browsers send with every cross-site POST, so that a page elsewhere cannot use
 * credentials a browser has cached. The read-only SPARQL proxy needs none. {@link SecurityHeaders} writes the headers.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class AdminSecurity {

    static final String ADMIN = "admin";

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.POST, "/api/documents").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/corrections").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.DELETE, "/api/corrections/**").hasRole("ADMIN")
                        .requestMatchers("/upload", "/upload/**", "/signin").hasRole("ADMIN")
                        .anyRequest().permitAll())
                .httpBasic(Customizer.withDefaults())
                .csrf(c -> c.ignoringRequestMatchers(AdminSecurity::apiClient).ignoringRequestMatchers("/sparql/**"))
                .headers(h -> h.disable());
        return http.build();
    }

    private static boolean apiClient(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/api/") && request.getHeader("Origin") == null;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService admins(@Value("${policykg.admin.password:}") String password, PasswordEncoder encoder) {
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
        if (!password.isBlank()) {
            users.createUser(User.withUsername(ADMIN).password(encoder.encode(password)).roles("ADMIN").build());
        }
        return users;
    }
}
