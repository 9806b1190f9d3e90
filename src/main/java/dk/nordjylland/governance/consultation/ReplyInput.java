package dk.nordjylland.governance.consultation;

/**
 * A reply as the API and the Tasklist form submit it.
 *
 * @param respondent the user or group replied for; may be left out when the caller is the respondent or a
 *     member of exactly one responding group without a reply
 * @param answer the answer (required, except in a contact person consultation, where it is a remark)
 * @param contactName the designated person (contact person consultations only)
 * @param contactEmail the designated person's e-mail (contact person consultations only)
 */
public record ReplyInput(String respondent, String answer, String contactName, String contactEmail) {}
