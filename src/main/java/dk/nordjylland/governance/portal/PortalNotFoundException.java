package dk.nordjylland.governance.portal;

/** A portal address that names nothing the visitor may see: a Danish 404 page, the same for unknown and hidden. */
class PortalNotFoundException extends RuntimeException {

  PortalNotFoundException(String message) {
    super(message);
  }
}
