package dk.nordjylland.governance.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nordjylland.governance.search.TextMatcher;
import dk.nordjylland.governance.support.GovernanceTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Benchmark 7: the portal's search (ADR 0056) over 10 years (HistoryGenerator: 2,000 meetings, 30,000 items with an
 * agenda entry and a decision each), every meeting's agenda and minutes published, the items' texts rewritten as
 * Danish case texts with word forms (topics in 40 flavours, the 11 municipalities). Anonymous GET /soeg as a browser
 * sends it, p50/p95 of the whole page (words, rights, filters, the page of 20, Thymeleaf), for a rare, a medium and a
 * common word, two words, a case number, the worst case (a word in every item) and filters; on H2 also the time the
 * Lucene index takes to build (in the background at each start).
 */
@GovernanceTest
@ActiveProfiles({"test", "bench"})
@EnabledIf("enabled")
class SearchBenchIT {

  static final int WARM_UP = 20;
  static final int SAMPLES = 100;
  static final int YEARS = 10;

  static final String[] TOPICS = {"osteoporose", "diabetes", "hjertesvigt", "demens", "genoptræning",
      "rehabilitering", "akutfunktion", "sundhedsaftale", "praksisplan", "psykiatri", "misbrugsbehandling",
      "forebyggelse", "vaccination", "telemedicin", "udskrivning", "medicinhåndtering", "palliation",
      "fødselsforløb", "børnesundhed", "lungesygdom", "kræftforløb", "tandpleje", "ernæring", "hjemmesygepleje", "sårbehandling",
      "infektionshygiejne", "smertebehandling", "overvægt", "rygestop", "alkoholbehandling", "sclerose",
      "gigtsygdom", "nyresygdom", "hjerneskade", "epilepsi", "autisme", "depression", "angst", "søvnapnø", "allergi"};
  static final String[] TOWNS = {"Aalborg", "Brønderslev", "Frederikshavn", "Hjørring", "Jammerbugt", "Læsø",
      "Mariagerfjord", "Morsø", "Rebild", "Thisted", "Vesthimmerland"};

  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;
  @Autowired TestRestTemplate http;
  @Autowired TextMatcher matcher;

  static boolean enabled() {
    return Machine.list("bench.db", "h2").contains("h2") && Machine.wanted("search");
  }

  String db() {
    return "h2";
  }

  @Test
  void searchOverTenYears() {
    long start = System.nanoTime();
    HistoryGenerator history = new HistoryGenerator(jdbc, db().equals("postgres"));
    for (int year = 0; year < YEARS; year++) {
      history.year(year);
    }
    int items = texts();
    publish();
    if (db().equals("postgres")) {
      jdbc.sql("analyze").update();
    }
    long meetings = jdbc.sql("select count(*) from gov_meeting where id like 'h%-m%'").query(Long.class).single();
    Results.add("7 search data", db(), YEARS + " years", "generating", (System.nanoTime() - start) / 1e9, "s",
        meetings + " meetings, " + items + " items with texts, agendas and minutes published");

    long build = System.nanoTime();
    matcher.refresh(); // H2: the Lucene index read again from the database, as at a start; PostgreSQL: nothing
    Results.add("7 search", db(), "index build after the load (H2: Lucene, as at each start)", "time",
        (System.nanoTime() - build) / 1e6, "ms", "PostgreSQL: V23's GIN indexes are kept by the database");

    explain();
    measure("rare word (a municipality and a topic)", "/soeg?q=læsø+sclerose");
    measure("medium word (one topic, all forms)", "/soeg?q=osteoporose");
    measure("two words", "/soeg?q=osteoporosen+frederikshavn");
    measure("case number", "/soeg?q=1-01-72-1234-15");
    measure("a municipality (1 in 11 items)", "/soeg?q=aalborg");
    measure("a word in every item (worst case)", "/soeg?q=sagen");
    measure("a word in every item, last page", "/soeg?q=sagen&side=50");
    measure("medium word, forum and one year", "/soeg?q=diabetes&forum=ffu&fra=01-01-2025&til=31-12-2025");
    measure("no hit", "/soeg?q=knogleskørhed");
  }

  /** PostgreSQL: its plans for the matcher's queries, printed (where a slow search spends its time). */
  void explain() {}

  /** Danish case texts with word forms, in batches (a few seconds for 30,000 items). */
  int texts() {
    List<Long> ids = jdbc.sql("select id from gov_item where meeting_id like 'h%-m%' order by id")
        .query(Long.class).list();
    List<Object[]> items = new ArrayList<>();
    List<Object[]> decisions = new ArrayList<>();
    for (long id : ids) {
      int i = (int) id;
      String topic = TOPICS[i % TOPICS.length];
      String other = TOPICS[(i / 7) % TOPICS.length];
      String town = TOWNS[(i / 3) % TOWNS.length];
      items.add(new Object[] {"Orientering: Status på " + topic + "en i " + town,
          "Sagen handler om " + topic + "en og forløbene for " + other + "patienter i " + town + " Kommune.",
          "Sagsfremstilling. Regionen og kommunerne har drøftet " + topic + " og " + other + ". Aftalerne om "
              + other + "en følges op i samarbejdsudvalgene, og de praktiserende læger inddrages. Erfaringerne fra "
              + town + " viser, at borgerne har gavn af tværsektorielle forløb.", id});
      decisions.add(new Object[] {"Taget til efterretning med bemærkninger om " + other + "forløbene.", id});
    }
    JdbcTemplate template = new JdbcTemplate(dataSource);
    template.batchUpdate("update gov_item set title = ?, summary = ?, presentation = ? where id = ?", items);
    template.batchUpdate("update gov_agenda_entry set decision_text = ? where item_id = ?", decisions);
    return ids.size();
  }

  /** Every generated meeting's agenda sent and minutes approved: a stored document of each kind. */
  void publish() {
    for (String kind : List.of("AGENDA", "MINUTES")) {
      jdbc.sql("insert into gov_document (meeting_id, kind, version, created_at, file_name, content_type, content)"
              + " select id, ?, 1, starts_at, 'dokument.pdf', 'application/pdf', ? from gov_meeting"
              + " where id like 'h%-m%'")
          .params(kind, new byte[] {1}).update();
    }
  }

  void measure(String parameter, String path) {
    long[] nanos = new long[SAMPLES];
    int found = 0;
    long cpu = 0;
    for (int i = -WARM_UP; i < SAMPLES; i++) {
      long s = System.nanoTime();
      ResponseEntity<String> response = get(path);
      long d = System.nanoTime() - s;
      if (i == 0) {
        cpu = Machine.cpuNanos();
      }
      if (i >= 0) {
        nanos[i] = d;
        found = hits(response);
      }
    }
    cpu = Machine.cpuNanos() - cpu;
    Arrays.sort(nanos);
    Results.add("7 search", db(), parameter, "p50", nanos[SAMPLES / 2] / 1e6, "ms",
        found > 1_000 ? "more than 1,000 items found (the count's cap)" : found + " items found");
    Results.add("7 search", db(), parameter, "p95", nanos[SAMPLES * 95 / 100] / 1e6, "ms", "goal well under 1 s");
    Results.add("7 search", db(), parameter, "CPU per search", cpu / 1e6 / SAMPLES, "ms",
        "whole JVM: HTTP client and server");
  }

  ResponseEntity<String> get(String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.TEXT_HTML));
    ResponseEntity<String> response = http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    assertThat(response.getStatusCode().value()).as(path).isEqualTo(200);
    return response;
  }

  /**
   * The count the page states ("134 sager fundet", "Tre sager fundet", "Ingen resultater"; "Mere end 1.000 sager
   * fundet" as 1,001).
   */
  static int hits(ResponseEntity<String> response) {
    Matcher m = Pattern.compile("<strong>(Mere end )?(\\d+|[\\d.]+|[A-ZÆØÅÉ][a-zæøå]+) sage?r? fundet</strong>")
        .matcher(response.getBody());
    if (!m.find()) {
      return 0;
    }
    if (m.group(1) != null) {
      return Integer.parseInt(m.group(2).replace(".", "")) + 1;
    }
    String count = m.group(2).replace(".", "");
    List<String> words = List.of("Ingen", "Én", "To", "Tre", "Fire", "Fem", "Seks", "Syv", "Otte", "Ni", "Ti",
        "Elleve", "Tolv");
    return count.chars().allMatch(Character::isDigit) ? Integer.parseInt(count) : words.indexOf(count);
  }

  @AfterAll
  static void publishResults() {
    Results.publish();
  }
}
