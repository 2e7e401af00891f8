package org.policykg.output;

import org.springframework.web.util.HtmlUtils;

/** Escaping for the HTML (and XML attributes) the project writes itself, outside the Thymeleaf templates. */
public final class Html {

    private Html() {
    }

    /** Markup-significant characters only (&amp; &lt; &gt; &quot; &#39;): the pages are UTF-8, Chinese stays as written. */
    public static String escape(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
