package dk.nordjylland.governance.agreement;

/** A party's own answer to an agreement (e.g. PLO-Nordjylland's chairmanship). */
public enum PartyAnswer {
  APPROVED("Godkendt"),
  APPROVED_WITH_RESERVATION("Godkendt med forbehold"),
  DECLINED("Afvist med bemærkninger");

  private final String danish;

  PartyAnswer(String danish) {
    this.danish = danish;
  }

  public String danish() {
    return danish;
  }
}
