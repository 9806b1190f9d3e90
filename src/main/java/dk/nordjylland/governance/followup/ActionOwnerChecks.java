package dk.nordjylland.governance.followup;

import dk.nordjylland.governance.followup.FollowUps.Owner;
import dk.nordjylland.governance.identity.Directory;
import dk.nordjylland.governance.masterdata.ForumRole;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.validation.UserInputException;
import org.springframework.stereotype.Component;

/**
 * Checks the owner given for a follow-up (a person, a group, an external body or a guest) and resolves who holds its
 * task; Danish {@link UserInputException} for an owner that is missing or unknown.
 */
@Component
class ActionOwnerChecks {

  private final Directory directory;
  private final MasterData masterData;

  ActionOwnerChecks(Directory directory, MasterData masterData) {
    this.directory = directory;
    this.masterData = masterData;
  }

  Owner validOwner(ActionOwner owner, String forumId) {
    String secretariat = ForumRole.SECRETARIAT.groupId(forumId);
    if (owner != null && owner.isGuest()) {
      return validGuest(owner, secretariat);
    }
    if (owner == null || owner.id() == null || owner.id().isBlank()) {
      throw new UserInputException("Angiv en ansvarlig: en person, en gruppe, en ekstern part eller en gæst.");
    }
    String id = owner.id().strip();
    if (directory.isUser(id)) {
      return new Owner(id, secretariat, null, null, null);
    }
    if (directory.isGroup(id)) {
      return new Owner(null, id, null, null, null);
    }
    if (masterData.externalBody(id).isPresent()) {
      return new Owner(null, secretariat, id, null, null);
    }
    throw new UserInputException("Den ansvarlige '" + id + "' findes ikke som person, gruppe eller ekstern part.");
  }

  private static Owner validGuest(ActionOwner owner, String secretariat) {
    if (owner.id() != null && !owner.id().isBlank()) {
      throw new UserInputException("Angiv enten en ansvarlig eller en gæst (navn og e-mail), ikke begge.");
    }
    String name = owner.guestName() == null ? "" : owner.guestName().strip();
    String email = owner.guestEmail() == null ? "" : owner.guestEmail().strip();
    if (name.isEmpty() || name.length() > FollowUps.GUEST_TEXT) {
      throw new UserInputException("Angiv gæstens navn (højst " + FollowUps.GUEST_TEXT + " tegn).");
    }
    if (!GuestEmails.valid(email)) {
      throw new UserInputException("Angiv gæstens e-mailadresse (fx navn@eksempel.dk).");
    }
    return new Owner(null, secretariat, null, name, email);
  }
}
