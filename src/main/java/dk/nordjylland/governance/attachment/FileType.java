package dk.nordjylland.governance.attachment;

import java.util.List;
import java.util.Locale;

/** The kinds of file an item's attachment may be (ADR 0035), told apart by content (FileTypeDetector). */
enum FileType {
  PDF("application/pdf", "PDF", List.of("pdf")),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word-dokument (DOCX)",
      List.of("docx")),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel-regneark (XLSX)",
      List.of("xlsx")),
  PNG("image/png", "PNG-billede", List.of("png")),
  JPEG("image/jpeg", "JPEG-billede", List.of("jpg", "jpeg"));

  /** For messages: "PDF, Word (DOCX), Excel (XLSX) og billeder (PNG, JPEG)". */
  static final String ALLOWED_DANISH = "PDF, Word (DOCX), Excel (XLSX) og billeder (PNG, JPEG)";

  private final String contentType;
  private final String danish;
  private final List<String> extensions;

  FileType(String contentType, String danish, List<String> extensions) {
    this.contentType = contentType;
    this.danish = danish;
    this.extensions = extensions;
  }

  String contentType() {
    return contentType;
  }

  String danish() {
    return danish;
  }

  /** Whether the file name ends with one of this type's extensions ("Budget.XLSX" is an XLSX name). */
  boolean named(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return extensions.stream().anyMatch(e -> lower.endsWith("." + e));
  }

  String extension() {
    return extensions.get(0);
  }

  /** PDFs and images open in the browser; office files are saved. */
  boolean inline() {
    return this != DOCX && this != XLSX;
  }
}
