package dk.nordjylland.governance.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * What a file is, from its bytes alone; its name is never asked (ADR 0035). Apache Tika's magic detector (tika-core,
 * the MIME database most Java tools share) recognises PDF, PNG and JPEG and names what anything else is (a program,
 * text, HTML, an old binary Office file). DOCX and XLSX are both ZIP packages (Office Open XML): the package's own
 * table of content types ({@code [Content_Types].xml}) says which main part it has, a Word document's or a
 * workbook's, and that part must be in the package. Macro-enabled packages (DOCM, XLSM, or a vbaProject.bin in the
 * package) are refused. Only the ZIP's central directory and the small content-types part are read, so a ZIP bomb
 * costs nothing.
 */
@Component
class FileTypeDetector {

  /** A file's type if it is allowed, else what Tika says it is (for the log and the message). */
  record Detection(Optional<FileType> type, String detected) {}

  static final String WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
  static final String SHEET_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
  private static final String CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
  private static final int MAX_CONTENT_TYPES_BYTES = 1024 * 1024;

  private final MimeTypes mimeTypes = MimeTypes.getDefaultMimeTypes();

  Detection detect(byte[] content) {
    MediaType detected;
    try (TikaInputStream in = TikaInputStream.get(content)) {
      // No resource name in the metadata: the type comes from the content alone.
      detected = mimeTypes.detect(in, new Metadata());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    MediaTypeRegistry registry = mimeTypes.getMediaTypeRegistry();
    FileType type = null;
    if (is(registry, detected, MediaType.application("pdf"))) {
      type = FileType.PDF;
    } else if (is(registry, detected, MediaType.image("png"))) {
      type = FileType.PNG;
    } else if (is(registry, detected, MediaType.image("jpeg"))) {
      type = FileType.JPEG;
    } else if (is(registry, detected, MediaType.application("zip"))) {
      type = officeOpenXml(content);
    }
    return new Detection(Optional.ofNullable(type), detected.getBaseType().toString());
  }

  private static boolean is(MediaTypeRegistry registry, MediaType detected, MediaType wanted) {
    return detected.getBaseType().equals(wanted) || registry.isSpecializationOf(detected.getBaseType(), wanted);
  }

  /** DOCX or XLSX by the package's main part, or null for any other ZIP. */
  static FileType officeOpenXml(byte[] content) {
    Path file = null;
    try {
      file = Files.createTempFile("bilag-", ".zip");
      Files.write(file, content);
      try (ZipFile zip = new ZipFile(file.toFile())) {
        boolean macros = Collections.list(zip.entries()).stream()
            .anyMatch(e -> e.getName().toLowerCase(Locale.ROOT).endsWith("vbaproject.bin"));
        ZipEntry types = zip.getEntry("[Content_Types].xml");
        if (macros || types == null) {
          return null;
        }
        Map<String, String> overrides;
        try (InputStream in = zip.getInputStream(types)) {
          byte[] xml = in.readNBytes(MAX_CONTENT_TYPES_BYTES + 1);
          if (xml.length > MAX_CONTENT_TYPES_BYTES) {
            return null;
          }
          overrides = overrides(xml);
        }
        FileType found = null;
        for (Map.Entry<String, String> o : overrides.entrySet()) {
          FileType main = WORD_MAIN.equals(o.getValue()) ? FileType.DOCX
              : SHEET_MAIN.equals(o.getValue()) ? FileType.XLSX : null;
          if (main == null) {
            continue;
          }
          // One main part, and it must really be in the package.
          if (found != null || zip.getEntry(o.getKey().replaceFirst("^/", "")) == null) {
            return null;
          }
          found = main;
        }
        return found;
      }
    } catch (IOException | SAXException | ParserConfigurationException e) {
      return null; // not a readable ZIP or content-types part: not an Office file we take
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException e) {
          file.toFile().deleteOnExit();
        }
      }
    }
  }

  /** What a refused file is, in Danish ("et program", "tekst"), from Tika's type. */
  static String danish(String detected) {
    String type = detected.toLowerCase(Locale.ROOT);
    if (type.matches("application/(x-msdownload|x-dosexec|x-executable|x-elf|x-mach-o.*|x-sharedlib|x-msdos-program"
        + "|java-archive|x-java-archive|x-sh|x-bat|x-msi|x-ms-installer)")) {
      return "et program";
    }
    if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
      return "en HTML-side";
    }
    if (type.startsWith("text/")) {
      return "tekst";
    }
    if (type.equals("application/x-tika-msoffice") || type.equals("application/msword")
        || type.equals("application/vnd.ms-excel")) {
      return "et ældre Office-format (DOC eller XLS; gem filen som DOCX eller XLSX)";
    }
    if (type.equals("application/zip") || type.startsWith("application/x-tika-ooxml")) {
      return "et ZIP-arkiv eller et Office-dokument med makroer eller af en anden art";
    }
    if (type.startsWith("image/")) {
      return "et billedformat, der ikke tages imod (kun PNG og JPEG)";
    }
    return "af en type, der ikke tages imod";
  }

  /** PartName -> ContentType of the package's Override elements; no DTDs, no external entities. */
  private static Map<String, String> overrides(byte[] xml)
      throws ParserConfigurationException, SAXException, IOException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    NodeList nodes = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml))
        .getElementsByTagNameNS(CONTENT_TYPES_NS, "Override");
    Map<String, String> overrides = new HashMap<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element e = (Element) nodes.item(i);
      overrides.put(e.getAttribute("PartName"), e.getAttribute("ContentType"));
    }
    return overrides;
  }
}
