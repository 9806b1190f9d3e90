package dk.nordjylland.governance.security.enginerest;

import dk.nordjylland.governance.rest.ReadBody;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** The request with its body read once by the guard and handed on unchanged (or corrected) to Camunda's REST API. */
final class CachedBodyRequest extends ReadBody {

  /** Far above any form submission (a meeting record with 30 items); larger bodies are refused unread. */
  static final int MAX_BODY = 2 * 1024 * 1024;

  private CachedBodyRequest(HttpServletRequest request, byte[] body) {
    super(request, body);
  }

  static CachedBodyRequest of(HttpServletRequest request) throws IOException {
    if (request.getContentLengthLong() > MAX_BODY) {
      throw Refused.badRequest("Anmodningen er for stor.");
    }
    byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
    if (body.length > MAX_BODY) {
      throw Refused.badRequest("Anmodningen er for stor.");
    }
    return new CachedBodyRequest(request, body);
  }

  @Override
  protected void replaceBody(byte[] corrected) {
    super.replaceBody(corrected);
  }
}
