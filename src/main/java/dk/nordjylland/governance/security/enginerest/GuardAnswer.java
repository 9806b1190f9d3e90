package dk.nordjylland.governance.security.enginerest;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The guard's own answer to a call it carries out itself instead of handing it on to Camunda. */
@FunctionalInterface
interface GuardAnswer {

  void write(HttpServletResponse response) throws IOException;

  static GuardAnswer noContent(Runnable work) {
    return response -> {
      work.run();
      response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    };
  }
}
