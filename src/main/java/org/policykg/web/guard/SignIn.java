package org.policykg.web.guard;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

/**
 * GET /signin?to=/document?doc=…: asks for the admin credential ({@link AdminSecurity}), then goes back to the page
 * the link was on. At the root, so that the browser sends the credential with every later request to this server;
 * {@code to} must be a path of this server, so that the link cannot send the user elsewhere.
 */
@Controller
class SignIn {

    @GetMapping("/signin")
    RedirectView signIn(@RequestParam(defaultValue = "/") String to) {
        boolean local = to.startsWith("/") && !to.startsWith("//") && !to.startsWith("/\\") && to.chars().noneMatch(Character::isISOControl);
        RedirectView back = new RedirectView(local ? to : "/", true);
        back.setExpandUriTemplateVariables(false);
        return back;
    }
}
