package dk.nordjylland.governance.mail;

import dk.nordjylland.governance.notification.Notification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Who gets a notification: a user's e-mail, or the e-mails of a group's members, from Camunda's identity. */
@Component
class Recipients {

  /** A person who gets a mail. */
  public record Recipient(String userId, String name, String email) {}

  private final IdentityService identityService;

  Recipients(IdentityService identityService) {
    this.identityService = identityService;
  }

  public List<Recipient> of(Notification notification) {
    Map<String, Recipient> byEmail = new LinkedHashMap<>();
    if (notification.outside()) {
      return List.of(new Recipient(null, notification.recipientName(), notification.recipientEmail()));
    }
    List<User> users = new ArrayList<>();
    if (notification.recipientUser() != null) {
      User user = identityService.createUserQuery().userId(notification.recipientUser()).singleResult();
      if (user != null) {
        users.add(user);
      }
    }
    if (notification.recipientGroup() != null) {
      users.addAll(identityService.createUserQuery().memberOfGroup(notification.recipientGroup())
          .orderByUserId().asc().list());
    }
    for (User user : users) {
      if (user.getEmail() != null && !user.getEmail().isBlank()) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
            + (user.getLastName() == null ? "" : user.getLastName())).strip();
        byEmail.putIfAbsent(user.getEmail().strip().toLowerCase(),
            new Recipient(user.getId(), name.isEmpty() ? user.getId() : name, user.getEmail().strip()));
      }
    }
    return List.copyOf(byEmail.values());
  }

  /** The group's name for the greeting ("Fælles Forretningsudvalg - medlemmer"), or its id. */
  public String groupName(String groupId) {
    var group = identityService.createGroupQuery().groupId(groupId).singleResult();
    return group == null || group.getName() == null ? groupId : group.getName();
  }
}
