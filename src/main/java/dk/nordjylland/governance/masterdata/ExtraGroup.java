package dk.nordjylland.governance.masterdata;

import java.util.List;

/** A group that is not a forum role: process owners, PLO-Nordjylland's chairmanship, cluster secretaries. */
public record ExtraGroup(String id, String name, List<String> memberIds) {}
