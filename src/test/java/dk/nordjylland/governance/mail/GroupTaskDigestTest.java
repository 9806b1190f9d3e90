package dk.nordjylland.governance.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nordjylland.governance.meeting.MeetingCycleProcess;
import dk.nordjylland.governance.meeting.MeetingCycleStarter;
import dk.nordjylland.governance.support.Clock;
import dk.nordjylland.governance.support.GovernanceTest;
import dk.nordjylland.governance.support.TestMeetings;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@GovernanceTest
class GroupTaskDigestTest {

  @Autowired GroupTaskDigest digest;
  @Autowired MeetingCycleStarter starter;
  @Autowired TestMeetings testMeetings;
  @Autowired JdbcClient jdbc;
  @Autowired TaskService taskService;

  @AfterEach
  void resetClock() {
    Clock.reset();
  }

  String collectTask(String meetingId) {
    return taskService.createTaskQuery().processInstanceBusinessKey(meetingId)
        .taskDefinitionKey(MeetingCycleProcess.Elements.COLLECT_ITEMS).singleResult().getId();
  }

  List<Map<String, Object>> digestsTo(String group) {
    return jdbc.sql("select subject, body from gov_notification where kind = 'TASK_DIGEST' and recipient_group = ?"
        + " order by id").param(group).query().listOfRows();
  }

  @Test
  void aGroupGetsOneMessageWithItsNewTasksAndNothingTwice() {
    // Far from every other test's clock, so only this test's tasks are new.
    Clock.set(LocalDateTime.of(2045, 1, 2, 8, 0));
    digest.send();
    int before = digestsTo("ffu-secretariat").size();

    Clock.set(LocalDateTime.of(2045, 1, 2, 9, 0));
    String february = testMeetings.create("ffu", LocalDateTime.of(2045, 2, 3, 12, 0));
    String march = testMeetings.create("ffu", LocalDateTime.of(2045, 3, 3, 12, 0));
    starter.start(february);
    starter.start(march);
    starter.start(testMeetings.create("ssu", LocalDateTime.of(2045, 3, 8, 14, 0)));

    Clock.set(LocalDateTime.of(2045, 1, 2, 10, 0));
    assertThat(digest.send()).containsExactlyInAnyOrder("ffu-secretariat", "ssu-secretariat");
    List<Map<String, Object>> ffu = digestsTo("ffu-secretariat");
    assertThat(ffu).hasSize(before + 1);
    Map<String, Object> message = ffu.get(ffu.size() - 1);
    assertThat(message.get("subject")).isEqualTo("2 nye opgaver til FFU – sekretariat");
    // Each task by its name with forum and meeting (issue 14), and a link that opens it.
    assertThat((String) message.get("body"))
        .contains("- Indsaml dagsordenspunkter – FFU 03.02.2045: Fælles Forretningsudvalg, fredag den 3. februar 2045"
            + " kl. 12.00")
        .contains("- Indsaml dagsordenspunkter – FFU 03.03.2045: Fælles Forretningsudvalg, fredag den 3. marts 2045"
            + " kl. 12.00")
        .contains("– åbn: http://localhost:8080/camunda/app/tasklist/default/#/?task=" + collectTask(february))
        .contains("– åbn: http://localhost:8080/camunda/app/tasklist/default/#/?task=" + collectTask(march))
        .doesNotContain("Sundhedssamarbejdsudvalget");
    assertThat(digestsTo("ssu-secretariat").get(digestsTo("ssu-secretariat").size() - 1).get("subject"))
        .isEqualTo("Ny opgave til SSU – sekretariat");

    // Nothing new: nothing sent.
    Clock.set(LocalDateTime.of(2045, 1, 2, 11, 0));
    assertThat(digest.send()).isEmpty();
    assertThat(digestsTo("ffu-secretariat")).hasSize(before + 1);
    assertThat(jdbc.sql("select count(*) from gov_notification where kind = 'TASK_DIGEST' and recipient_group = ?")
        .param("ffu-secretariat").query(Integer.class).single()).isEqualTo(before + 1);
  }
}
