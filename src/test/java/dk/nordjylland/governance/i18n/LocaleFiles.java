package dk.nordjylland.governance.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The web apps' locale files on the test classpath: read whole, or as their leaves by path ("/labels/OK"). */
final class LocaleFiles {

  private LocaleFiles() {}

  static Map<String, JsonNode> leaves(ObjectMapper mapper, String resource) throws IOException {
    try (InputStream in = LocaleFiles.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource + " on the test classpath").isNotNull();
      Map<String, JsonNode> result = new LinkedHashMap<>();
      collect(mapper.readTree(in), "", result);
      return result;
    }
  }

  static String read(String resource) throws IOException {
    try (InputStream in = LocaleFiles.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource + " on the test classpath").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** A web app's script without its comments, to look for what it really configures. */
  static String withoutComments(String js) {
    return js.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)//.*$", "");
  }

  /** The placeholders and markup of a translated text, sorted: what a translation must keep as it is. */
  static List<String> placeholders(Pattern placeholder, String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = placeholder.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    Collections.sort(found);
    return found;
  }

  private static void collect(JsonNode node, String path, Map<String, JsonNode> out) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        collect(field.getValue(), path + "/" + field.getKey(), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), path + "[" + i + "]", out);
      }
    } else {
      out.put(path, node);
    }
  }
}
