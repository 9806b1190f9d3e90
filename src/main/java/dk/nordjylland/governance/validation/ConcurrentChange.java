package dk.nordjylland.governance.validation;

import java.sql.SQLException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;

/**
 * Recognises a lost race: two users (or two nodes) changed the same thing at once and the other one won. The engine
 * reports it as an OptimisticLockingException; our own tables as a unique-key violation (the winner's rows exist) or
 * a serialization failure/deadlock. The loser's transaction has rolled back, so nothing of it is stored; the user gets
 * 409 with {@link #MESSAGE}.
 */
public final class ConcurrentChange {

  public static final String MESSAGE = "En anden har netop ændret eller fuldført det samme. Intet af det, du sendte,"
      + " er gemt. Hent opgaven eller mødet igen og se, om der stadig er noget at gøre.";

  private ConcurrentChange() {}

  public static boolean in(Throwable throwable) {
    for (Throwable t = throwable; t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockingException || t instanceof DuplicateKeyException
          || t instanceof ConcurrencyFailureException) {
        return true;
      }
      // Unique violation, serialization failure, deadlock (SQL standard, PostgreSQL), lock timeout (H2).
      if (t instanceof SQLException sql && sql.getSQLState() != null
          && (sql.getSQLState().equals("23505") || sql.getSQLState().equals("40001")
              || sql.getSQLState().equals("40P01") || sql.getSQLState().equals("HYT00"))) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
