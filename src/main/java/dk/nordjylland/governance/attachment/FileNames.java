package dk.nordjylland.governance.attachment;

import dk.nordjylland.governance.validation.TextCharacters;

/** The names uploaded files are stored and served under (ADR 0035). */
final class FileNames {

  static final int MAX_FILE_NAME = 200;

  private FileNames() {}

  /** The name the file is served with: without folders and control characters, with its type's extension. */
  static String served(String original, FileType type) {
    String name = original == null ? "" : TextCharacters.renderable(baseName(original))
        .replaceAll("[\\p{Cntrl}\"]", "").strip();
    if (name.isEmpty() || name.startsWith(".")) {
      name = "bilag" + name;
    }
    if (!type.named(name)) {
      name = name + "." + type.extension();
    }
    if (name.length() > MAX_FILE_NAME) {
      String extension = "." + type.extension();
      name = name.substring(0, MAX_FILE_NAME - extension.length()) + extension;
    }
    return name;
  }

  static String baseName(String name) {
    return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  }

  static String stem(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }
}
