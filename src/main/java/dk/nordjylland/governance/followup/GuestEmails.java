package dk.nordjylland.governance.followup;

import java.util.regex.Pattern;

/** A guest's e-mail address as typed: one address, no spaces, a dot in the domain, at most 200 characters. */
public final class GuestEmails {

  private static final Pattern ADDRESS = Pattern.compile("[^@\\s,;<>]+@[^@\\s,;<>]+\\.[^@\\s,;<>]+");

  private GuestEmails() {}

  public static boolean valid(String email) {
    return email != null && email.strip().length() <= FollowUps.GUEST_TEXT && ADDRESS.matcher(email.strip()).matches();
  }
}
