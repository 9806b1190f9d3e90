package dk.nordjylland.governance.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each named limit is the size of the columns its texts are stored in, as the migrations create them. */
class TextLimitsTest {

  private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
  private static final Pattern CREATE = Pattern.compile("create table (\\w+)");
  private static final Pattern COLUMN = Pattern.compile("^\\s*(\\w+)\\s+varchar\\((\\d+)\\)");
  private static final Pattern ADD_COLUMN =
      Pattern.compile("alter table (\\w+) add column (\\w+) varchar\\((\\d+)\\)");

  /** "table.column" to its varchar size, after every migration. */
  private static final Map<String, Integer> SIZES = new HashMap<>();

  @BeforeAll
  static void readMigrations() throws IOException {
    try (Stream<Path> files = Files.list(MIGRATIONS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".sql")).sorted(TextLimitsTest::byVersion).toList()) {
        String table = null;
        for (String line : Files.readAllLines(file)) {
          String sql = line.toLowerCase(Locale.ROOT);
          Matcher added = ADD_COLUMN.matcher(sql);
          Matcher created = CREATE.matcher(sql);
          Matcher column = COLUMN.matcher(sql);
          if (added.find()) {
            SIZES.put(added.group(1) + "." + added.group(2), Integer.parseInt(added.group(3)));
          } else if (created.find()) {
            table = created.group(1);
          } else if (table != null && column.find()) {
            SIZES.put(table + "." + column.group(1), Integer.parseInt(column.group(2)));
          }
        }
      }
    }
  }

  private static int byVersion(Path a, Path b) {
    return Integer.compare(version(a), version(b));
  }

  private static int version(Path file) {
    String name = file.getFileName().toString();
    return Integer.parseInt(name.substring(1, name.indexOf("__")));
  }

  @Test
  void notesFitTheirColumns() {
    assertThat(sizes("gov_action.description", "gov_action.result", "gov_action.report",
        "gov_meeting.minutes_introduction", "gov_minutes_comment.text", "gov_minutes_send_back.remarks",
        "gov_consultation.question", "gov_consultation_reply.answer", "gov_agreement_version.note"))
        .containsOnly(TextLimits.NOTE);
  }

  @Test
  void itemTextsFitTheirColumns() {
    assertThat(sizes("gov_item.summary", "gov_item.economy", "gov_item.further_processing",
        "gov_agenda_entry.decision_text")).containsOnly(TextLimits.ITEM_TEXT);
  }

  @Test
  void reasonsTitlesAndNamesFitTheirColumns() {
    assertThat(sizes("gov_item_disqualification.reason")).containsOnly(TextLimits.REASON);
    assertThat(sizes("gov_item.title", "gov_item_attachment.title", "gov_consultation.subject",
        "gov_meeting.place", "gov_attendance.name", "gov_attendance.note"))
        .containsOnly(TextLimits.TITLE);
    assertThat(sizes("gov_consultation_reply.contact_name", "gov_consultation_reply.contact_email",
        "gov_item_attachment_file.file_name")).containsOnly(TextLimits.NAME);
  }

  @Test
  void anItemsOtherPartsFitTheirColumns() {
    assertThat(sizes("gov_item.presentation")).containsOnly(TextLimits.PRESENTATION);
    assertThat(sizes("gov_item_recommendation.text")).containsOnly(TextLimits.RECOMMENDATION);
    assertThat(sizes("gov_item.guests", "gov_agenda_entry.guests")).containsOnly(TextLimits.GUESTS);
    assertThat(sizes("gov_item.case_number")).containsOnly(TextLimits.CASE_NUMBER);
  }

  @Test
  void aScreenFieldIsNeverLongerThanTheLongestColumn() {
    int longest = SIZES.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
    assertThat(TextLimits.SCREEN_FIELD).isLessThanOrEqualTo(longest);
    assertThat(TextLimits.SCREEN_FIELD).isGreaterThan(TextLimits.ITEM_TEXT);
  }

  private static Integer[] sizes(String... columns) {
    return Stream.of(columns).map(c -> {
      assertThat(SIZES).as("column %s in the migrations", c).containsKey(c);
      return SIZES.get(c);
    }).toArray(Integer[]::new);
  }
}
