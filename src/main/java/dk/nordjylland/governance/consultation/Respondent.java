package dk.nordjylland.governance.consultation;

/** Who is asked: a Camunda user or group id, with its name at the time the consultation was opened. */
public record Respondent(String respondent, boolean isGroup, String name, int position) {}
