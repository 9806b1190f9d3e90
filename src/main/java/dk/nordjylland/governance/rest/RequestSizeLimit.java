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
 * answer is 413 with a Danish problem detail, before authentication, and nothing is stored. An upload of an item's
 * attachment (ADR 0035) may be as large as an attachment ({@code governance.attachments.max-size}) and 1 MB of form
 * fields.
 */
@Configuration(proxyBeanMethods = false)
class RequestSizeLimit {

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> apiRequestSizeLimit(
      @Value("${governance.api.max-request-size:1MB}") DataSize maxSize,
      @Value("${governance.attachments.max-size:20MB}") DataSize attachmentMaxSize) {
    FilterRegistrationBean<OncePerRequestFilter> registration =
        new FilterRegistrationBean<>(new Filter(maxSize, attachmentMaxSize));
    registration.addUrlPatterns("/api/*");
    registration.setName("api-request-size-limit");
    // Before Spring Security (-100): an oversized body is refused without being read.
    registration.setOrder(-200);
    return registration;
  }

  static final class Filter extends OncePerRequestFilter {

    /** POST /api/items/7/attachments, PUT or POST /api/items/7/attachments/2. */
    private static final Pattern UPLOAD = Pattern.compile("/api/items/[0-9]+/attachments(/[0-9]+)?/?");

    private final long defaultMax;
    private final String limitText;
    private final long uploadMax;
    private final String attachmentLimitText;

    Filter(DataSize maxSize, DataSize attachmentMaxSize) {
      this.defaultMax = maxSize.toBytes();
      this.limitText = text(maxSize);
      this.uploadMax = attachmentMaxSize.toBytes() + DataSize.ofMegabytes(1).toBytes();
      this.attachmentLimitText = text(attachmentMaxSize);
    }

    private static String text(DataSize size) {
      return size.toKilobytes() >= 1024 && size.toKilobytes() % 1024 == 0
          ? size.toMegabytes() + " MB" : size.toKilobytes() + " kB";
    }

    private boolean upload(HttpServletRequest request) {
      return UPLOAD.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      long max = upload(request) ? uploadMax : defaultMax;
      long declared = request.getContentLengthLong();
      if (declared > max) {
        refuse(request, response);
        return;
      }
      // An upload without Content-Length is left to the multipart limits (AttachmentConfig), which count as they read:
      // the servlet container parses multipart from its own stream, not from a wrapper's copy.
      if (declared >= 0 || !List.of("POST", "PUT", "PATCH").contains(request.getMethod()) || upload(request)) {
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
      if (upload(request)) {
        ProblemResponses.write(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
            "For stor fil", "Filen er for stor. Et bilag må højst fylde " + attachmentLimitText + ".");
        return;
      }
      ProblemResponses.write(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
          "For stor forespørgsel", "Forespørgslen er for stor: højst " + limitText + " pr. forespørgsel. Filer"
              + " uploades som bilag til et punkt (POST /api/items/{id}/attachments).");
    }
  }
}
