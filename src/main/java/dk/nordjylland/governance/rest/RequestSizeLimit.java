package dk.nordjylland.governance.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The largest request body /api/** takes ({@code governance.api.max-request-size}). Neither Tomcat nor Jackson limit a
 * JSON body, so a client could make a node read any amount into memory. A declared larger Content-Length is refused
 * before reading; a body without one (chunked) is read up to the limit and refused when it goes beyond. Either way the
 * answer is 413 with a Danish problem detail, before authentication, and nothing is stored. Uploads of an item's
 * attachments (multipart, ADR 0035) are left to the multipart limits of attachment.AttachmentConfig, which follow
 * {@code governance.attachments.max-size}, count as they read and answer 413 too (the servlet container parses
 * multipart from its own stream, so a copy read here would not reach it).
 */
@Configuration(proxyBeanMethods = false)
class RequestSizeLimit {

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> apiRequestSizeLimit(
      @Value("${governance.api.max-request-size:1MB}") DataSize maxSize) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter(maxSize));
    registration.addUrlPatterns("/api/*");
    registration.setName("api-request-size-limit");
    // Before Spring Security (-100): an oversized body is refused without being read.
    registration.setOrder(-200);
    return registration;
  }

  static final class Filter extends OncePerRequestFilter {

    /** POST /api/items/7/attachments, PUT or POST /api/items/7/attachments/2. */
    private static final Pattern UPLOAD = Pattern.compile("/api/items/[0-9]+/attachments(/[0-9]+)?/?");

    private final long max;
    private final String limitText;

    Filter(DataSize maxSize) {
      this.max = maxSize.toBytes();
      this.limitText = maxSize.toKilobytes() >= 1024 && maxSize.toKilobytes() % 1024 == 0
          ? maxSize.toMegabytes() + " MB" : maxSize.toKilobytes() + " kB";
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      return UPLOAD.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      long declared = request.getContentLengthLong();
      if (declared > max) {
        refuse(request, response);
        return;
      }
      if (declared >= 0 || !List.of("POST", "PUT", "PATCH").contains(request.getMethod())) {
        chain.doFilter(request, response);
        return;
      }
      // No Content-Length (chunked): read at most one byte more than allowed.
      byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      if (body.length > max) {
        refuse(request, response);
        return;
      }
      chain.doFilter(new ReadBody(request, body), response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
      // Tomcat would otherwise try to swallow the rest of a large body before answering.
      response.setHeader("Connection", "close");
      ProblemResponses.write(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
          "For stor forespørgsel", "Forespørgslen er for stor: højst " + limitText + " pr. forespørgsel. Filer"
              + " uploades som bilag til et punkt (POST /api/items/{id}/attachments).");
    }
  }
}
