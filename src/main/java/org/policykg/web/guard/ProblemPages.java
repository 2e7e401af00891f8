package org.policykg.web.guard;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Problem details for a browser: the same status and detail as the API's RFC 9457 body, shown in the app's UTF-8
 * error page ({@code error.html}) with a link home, never a stack trace. Only for a client whose Accept names
 * text/html (a browser): one that accepts anything ({@code *}{@code /*}, curl, scripts) keeps problem+json.
 */
@Component
class ProblemPages extends AbstractHttpMessageConverter<ProblemDetail> implements WebMvcConfigurer {

    private final ITemplateEngine templates;

    ProblemPages(ITemplateEngine templates) {
        super(StandardCharsets.UTF_8, MediaType.TEXT_HTML);
        this.templates = templates;
    }

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.add(this);
    }

    @Override
    protected boolean supports(Class<?> clazz) {
        return ProblemDetail.class.isAssignableFrom(clazz);
    }

    @Override
    public boolean canWrite(Class<?> clazz, MediaType mediaType) {
        return asksForHtml() && super.canWrite(clazz, mediaType);
    }

    private static boolean asksForHtml() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes r
                && MediaType.parseMediaTypes(r.getRequest().getHeader(HttpHeaders.ACCEPT)).stream()
                        .anyMatch(t -> t.getQualityValue() > 0 && MediaType.TEXT_HTML.equalsTypeAndSubtype(t));
    }

    @Override
    protected ProblemDetail readInternal(Class<? extends ProblemDetail> clazz, HttpInputMessage in) {
        throw new HttpMessageNotReadableException("problem pages are written, not read", in);
    }

    @Override
    protected void writeInternal(ProblemDetail problem, HttpOutputMessage out) throws IOException {
        Context page = new Context(Locale.ROOT);
        page.setVariable("status", problem.getStatus());
        page.setVariable("error", problem.getTitle());
        page.setVariable("detail", problem.getDetail());
        Writer w = new OutputStreamWriter(out.getBody(), StandardCharsets.UTF_8);
        templates.process("error", page, w);
        w.flush();
    }
}
