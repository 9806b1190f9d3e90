package dk.nordjylland.governance.masterdata;

/** A person holding a role in a forum. */
public record Membership(String forumId, String personId, ForumRole role) {}
