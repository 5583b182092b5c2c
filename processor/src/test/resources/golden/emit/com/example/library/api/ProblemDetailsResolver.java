package com.example.library.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import javax.annotation.processing.Generated;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * Failures of {@code /api} requests that no controller method took, as {@code application/problem+json}.
 */
@Component("com.example.library.api.ProblemDetailsResolver")
@Generated("dev.armature.processor.ArmatureProcessor")
public class ProblemDetailsResolver implements HandlerExceptionResolver, Ordered {
    private static final String BASE = "/api";

    private final ProblemDetailsAdvice advice;

    private final ObjectProvider<RequestMappingHandlerAdapter> adapter;

    /**
     * The adapter's converters write the body, with the ProblemDetail mixin Spring registers in them.
     */
    public ProblemDetailsResolver(ProblemDetailsAdvice advice,
            ObjectProvider<RequestMappingHandlerAdapter> adapter) {
        this.advice = advice;
        this.adapter = adapter;
    }

    /**
     * Before Spring MVC's resolvers (order 0), which would send these to Spring Boot's error page.
     */
    @Override
    public int getOrder() {
        return -1;
    }

    @Override
    @SuppressWarnings("unchecked")
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
            Object handler, Exception failure) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (handler instanceof HandlerMethod || !(path.equals(BASE) || path.startsWith(BASE + "/")) || response.isCommitted()) {
            // a controller method's failure is its advice's (ours for Armature's controllers)
            return null;
        }
        try {
            ResponseEntity<ProblemDetail> answer = advice.unexpected(failure, request);
            for (HttpMessageConverter<?> candidate : adapter.getObject().getMessageConverters()) {
                if (candidate.canWrite(ProblemDetail.class, MediaType.APPLICATION_PROBLEM_JSON)) {
                    response.setStatus(answer.getStatusCode().value());
                    answer.getHeaders().forEach((name, values) -> { if (!name.equalsIgnoreCase("Content-Type")) values.forEach(value -> response.addHeader(name, value)); });
                    ((HttpMessageConverter<ProblemDetail>) candidate).write(answer.getBody(), MediaType.APPLICATION_PROBLEM_JSON, new ServletServerHttpResponse(response));
                    return new ModelAndView();
                }
            }
        } catch (Exception e) {
            // Spring Security's exceptions (rethrown by the advice) and a failure to write: Spring MVC's turn
        }
        return null;
    }
}
