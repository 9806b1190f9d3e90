package dk.nordjylland.governance.masterdata;

public record Person(String id, String name, String email, String partyId, String title) {}
