package dk.nordjylland.governance.masterdata;

public enum PartyKind {
  REGION,
  MUNICIPALITY,
  GP_ORGANISATION
}
