package dk.nordjylland.governance.masterdata;

/**
 * A body outside the collaboration (a regional steering group, KKR Nordjylland's secretariat): it has no login, so it
 * is written to at its address; it can own an action and receive an item sent on to it (issue 15).
 *
 * @param address the postal address, printed on a letter, or null
 */
public record ExternalBody(String id, String name, String email, String address) {}
