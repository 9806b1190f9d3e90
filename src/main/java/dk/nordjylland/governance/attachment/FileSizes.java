package dk.nordjylland.governance.attachment;

import java.util.Locale;
import org.springframework.util.unit.DataSize;

/** File sizes as a Danish reader reads them: "850 kB", "1,2 MB", "20 MB". */
public final class FileSizes {

  private static final Locale DANISH = Locale.forLanguageTag("da-DK");

  private FileSizes() {}

  public static String danish(long bytes) {
    if (bytes < 1024 * 1024) {
      return Math.max(1, (bytes + 1023) / 1024) + " kB";
    }
    // Rounded up: a file just over a 20 MB limit reads "20,1 MB", not "20,0 MB".
    double mb = Math.ceil(bytes * 10 / (1024.0 * 1024.0)) / 10;
    return (mb == Math.rint(mb) ? String.valueOf((long) mb) : String.format(DANISH, "%.1f", mb)) + " MB";
  }

  public static String danish(DataSize size) {
    return danish(size.toBytes());
  }
}
