package org.policykg.web.guard;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Web slice with the guard: signing in asks for the admin credential, then goes back to a page of this server only. */
@WebMvcTest(SignIn.class)
@Import(AdminSecurity.class)
@TestPropertySource(properties = "policykg.admin.password=" + SignInTest.PASSWORD)
class SignInTest {

    static final String PASSWORD = "sign-in-secret";

    @Autowired
    MockMvc mvc;

    private static String basic(String password) {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldAskForTheAdminCredentialWhenNoneIsGiven() throws Exception {
        mvc.perform(get("/signin").param("to", "/corrections"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().exists("WWW-Authenticate"));
        mvc.perform(get("/signin").header("Authorization", basic("wrong"))).andExpect(status().isUnauthorized());
    }

    @Test
    void shouldGoBackToThePageOfThisServerWhenSignedIn() throws Exception {
        mvc.perform(get("/signin").param("to", "/document?doc=https%3A%2F%2Fw3id.org%2Fpolicykg%2Fid%2Fdoc%2F{x}")
                        .header("Authorization", basic(PASSWORD)))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/document?doc=https%3A%2F%2Fw3id.org%2Fpolicykg%2Fid%2Fdoc%2F{x}"));
    }

    @Test
    void shouldGoToTheLandingPageWhenAskedToGoElsewhere() throws Exception {
        for (String elsewhere : new String[] {"https://elsewhere.example/", "//elsewhere.example/", "/\\elsewhere.example"}) {
            mvc.perform(get("/signin").param("to", elsewhere).header("Authorization", basic(PASSWORD)))
                    .andExpect(status().isFound())
                    .andExpect(redirectedUrl("/"));
        }
    }
}
