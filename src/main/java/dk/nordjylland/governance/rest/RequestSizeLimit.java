package dk.nordjylland.governance.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
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
 * answer is 413 with a Danish problem detail, before authentication, and nothing is stored.
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

    private final long max;
    private final String limitText;

    Filter(DataSize maxSize) {
      this.max = maxSize.toBytes();
      this.limitText = maxSize.toKilobytes() >= 1024 && maxSize.toKilobytes() % 1024 == 0
          ? maxSize.toMegabytes() + " MB" : maxSize.toKilobytes() + " kB";
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
          "For stor forespørgsel", "Forespørgslen er for stor: højst " + limitText + " pr. forespørgsel. Bilag"
              + " registreres med titel; send ikke filindhold i forespørgslen.");
    }
  }
}
