package dk.nordjylland.governance.meeting;

import org.camunda.bpm.engine.BadUserRequestException;

/** A meeting id that does not exist. A BadUserRequestException, so Camunda's REST API answers 400. */
public class UnknownMeetingException extends BadUserRequestException {

  public UnknownMeetingException(String meetingId) {
    super("Mødet '" + meetingId + "' findes ikke.");
  }
}
