package dk.nordjylland.governance.followup;

import dk.nordjylland.governance.masterdata.ExternalBody;
import dk.nordjylland.governance.masterdata.MasterData;
import dk.nordjylland.governance.masterdata.OwnerNames;
import org.springframework.stereotype.Component;

/** Who owns a follow-up, by name (issue 15): the person, the external body, the guest, else the owning group. */
@Component
public class ActionOwnerNames {

  private final OwnerNames names;
  private final MasterData masterData;

  ActionOwnerNames(OwnerNames names, MasterData masterData) {
    this.names = names;
    this.masterData = masterData;
  }

  public String of(Action action) {
    if (action.ownerExternal() != null) {
      return masterData.externalBody(action.ownerExternal()).map(ExternalBody::name).orElse(action.ownerExternal());
    }
    if (action.ownerGuestName() != null) {
      return action.ownerGuestName() + " (gæst)";
    }
    return names.name(action.ownerUser() != null ? action.ownerUser() : action.ownerGroup());
  }
}
