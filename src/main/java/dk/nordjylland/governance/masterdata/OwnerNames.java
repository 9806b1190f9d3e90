package dk.nordjylland.governance.masterdata;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An owner's name as documents, mails and screens print it (issue 15: the minutes printed "ansvarlig:
 * fu-secretariat"): a person by name, a forum's role group in Danish ("FFU's sekretariat"), another group and an
 * external body by their names. Read from our master data tables, so it needs no caller's rights.
 */
@Component
public class OwnerNames {

  private final MasterData masterData;
  private final JdbcClient jdbc;

  OwnerNames(MasterData masterData, JdbcClient jdbc) {
    this.masterData = masterData;
    this.jdbc = jdbc;
  }

  /** The owner's name; an id nobody knows (an owner removed from master data since) stays as it is. */
  public String name(String ownerId) {
    if (ownerId == null || ownerId.isBlank()) {
      return "";
    }
    String id = ownerId.strip();
    return masterData.person(id).map(Person::name)
        .or(() -> forumRoleGroup(id))
        .or(() -> jdbc.sql("select name from gov_group where id = ?").param(id).query(String.class).optional())
        .or(() -> masterData.externalBody(id).map(ExternalBody::name))
        .orElse(id);
  }

  /** "FFU's sekretariat", "FFU's medlemmer", "FFU's mødeleder" for a forum's role groups. */
  private Optional<String> forumRoleGroup(String id) {
    for (ForumRole role : ForumRole.values()) {
      String suffix = role.groupId("");
      if (id.endsWith(suffix)) {
        Optional<Forum> forum = masterData.forum(id.substring(0, id.length() - suffix.length()));
        if (forum.isPresent()) {
          return forum.map(f -> genitive(f.shortName() == null ? f.name() : f.shortName()) + " " + switch (role) {
            case SECRETARIAT -> "sekretariat";
            case MEMBER -> "medlemmer";
            case CHAIR -> f.chairTitle() == null ? "formand" : f.chairTitle();
          });
        }
      }
    }
    return Optional.empty();
  }

  /** Danish genitive: "FFU's" for an abbreviation, "Strategisk Sundhedsforums" for a word. */
  private static String genitive(String name) {
    if (name.endsWith("s") || name.endsWith("x") || name.endsWith("z")) {
      return name + "'";
    }
    return name.equals(name.toUpperCase()) ? name + "'s" : name + "s";
  }
}
