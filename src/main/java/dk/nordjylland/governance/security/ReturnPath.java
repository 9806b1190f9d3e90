package dk.nordjylland.governance.security;

/**
 * Where the portal's login sends the visitor back to: a path of this application only. Anything that a browser could
 * read as another host ("https://evil", "//evil", "/\evil", control characters) gives the front page: no open redirect.
 */
final class ReturnPath {

  static final String FRONT_PAGE = "/";

  private ReturnPath() {}

  static String of(String requested) {
    if (requested == null || !requested.startsWith("/") || requested.startsWith("//") || requested.contains("\\")
        || requested.length() > 2000 || requested.startsWith(PortalLoginController.LOGIN)
        || requested.startsWith(PortalLoginController.LOGOUT)) {
      return FRONT_PAGE;
    }
    for (char c : requested.toCharArray()) {
      // Browsers drop tabs and newlines from a URL, which turns "/\t/evil" into "//evil".
      if (c < 0x21 || c == 0x7f) {
        return FRONT_PAGE;
      }
    }
    return requested;
  }
}
