package dk.nordjylland.governance.masterdata;

/** The master data file cannot be read or is inconsistent; start-up stops with this message. */
public class MasterDataException extends RuntimeException {

  MasterDataException(String message) {
    super(message);
  }

  MasterDataException(String message, Throwable cause) {
    super(message, cause);
  }
}
