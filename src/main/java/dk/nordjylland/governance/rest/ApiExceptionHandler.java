package dk.nordjylland.governance.rest;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import dk.nordjylland.governance.validation.ConcurrentChange;
import dk.nordjylland.governance.validation.ConflictException;
import dk.nordjylland.governance.validation.NotAllowedException;
import dk.nordjylland.governance.validation.NotFoundException;
import dk.nordjylland.governance.validation.UserInputException;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error of our API (and of any other Spring MVC path) as an RFC 9457 problem detail with a Danish title and
 * "detail": our own exceptions, the engine's, and Spring MVC's standard ones (unreadable body, wrong content type,
 * unknown address, wrong method, ...), whose English texts would otherwise reach the user. Global (no base
 * package): an unknown /api address has no controller of ours.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  private final ProcessEngine engine;

  ApiExceptionHandler(ProcessEngine engine) {
    this.engine = engine;
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "Ikke fundet", e.getMessage());
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) {
    return problem(HttpStatus.CONFLICT, "Passer ikke med forløbet", e.getMessage());
  }

  @ExceptionHandler(UserInputException.class)
  ProblemDetail userInput(UserInputException e) {
    return badRequest(e);
  }

  /** Not allowed, with the reason: 403 and the Danish message (e.g. who may propose items to a forum). */
  @ExceptionHandler(NotAllowedException.class)
  ProblemDetail notAllowed(NotAllowedException e) {
    return problem(HttpStatus.FORBIDDEN, "Ingen adgang", e.getMessage());
  }

  @ExceptionHandler(AuthorizationException.class)
  ProblemDetail forbidden(AuthorizationException e) {
    if (VanishedTask.in(e, engine).isPresent()) {
      return concurrentChange();
    }
    return problem(HttpStatus.FORBIDDEN, "Ingen adgang", "Du har ikke adgang til denne handling.");
  }

  @ExceptionHandler(ProcessEngineException.class)
  ProblemDetail engine(ProcessEngineException e) {
    if (UserInputException.in(e).isPresent()) {
      return badRequest(UserInputException.in(e).get());
    }
    if (ConcurrentChange.in(e)) {
      return concurrentChange();
    }
    if (e instanceof NullValueException && e.getMessage() != null && e.getMessage().startsWith("Cannot find task")) {
      // Completed by someone else between reading and completing it: the engine's words name its id, ours do not.
      return problem(HttpStatus.NOT_FOUND, "Ikke fundet",
          "Opgaven findes ikke længere. Den er måske allerede fuldført af en anden.");
    }
    return problem(HttpStatus.CONFLICT, "Kunne ikke gennemføres", e.getMessage());
  }

  /** Our own tables lost a race (the engine's optimistic locking is a ProcessEngineException above). */
  @ExceptionHandler(DataAccessException.class)
  ProblemDetail dataAccess(DataAccessException e) {
    if (ConcurrentChange.in(e)) {
      return concurrentChange();
    }
    LOG.error("Database error", e);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Uventet fejl",
        "Der opstod en fejl i databasen. Intet er gemt. Prøv igen, og kontakt sekretariatet, hvis fejlen bliver ved.");
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    return problem(HttpStatus.BAD_REQUEST, "Ugyldig forespørgsel",
        "'" + e.getValue() + "' er ikke en gyldig værdi for '" + e.getName() + "'.");
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (ex.getCause() instanceof PropertyBindingException unknown) {
      // StrictApiJson: a field we do not take is named, never silently dropped.
      return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Ugyldig forespørgsel",
          "Feltet '" + fieldPath(unknown) + "' kendes ikke her og kan ikke angives. Intet er gemt."
              + " Se API-beskrivelsen på /api/openapi for de felter, der kan sendes."));
    }
    return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Ugyldig forespørgsel",
        "Forespørgslens indhold kunne ikke læses. Send gyldig JSON i det beskrevne format."));
  }

  /** "attachments[0].color": where in the body the unknown field is. */
  private static String fieldPath(PropertyBindingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? e.getPropertyName() : path.toString();
  }

  /** Spring MVC's standard exceptions keep their status; their English texts become Danish. */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
      HttpStatusCode statusCode, WebRequest request) {
    ProblemDetail problem = body instanceof ProblemDetail p ? p : ProblemDetail.forStatus(statusCode);
    problem.setTitle(title(statusCode));
    problem.setDetail(danish(ex, statusCode, request));
    return super.handleExceptionInternal(ex, problem, headers, statusCode, request);
  }

  private static String danish(Exception ex, HttpStatusCode status, WebRequest request) {
    if (ex instanceof HttpMediaTypeNotSupportedException e) {
      return "Indholdstypen '" + (e.getContentType() == null ? "ingen"
          : e.getContentType().getType() + "/" + e.getContentType().getSubtype())
          + "' understøttes ikke. Send JSON med Content-Type: application/json.";
    }
    if (ex instanceof HttpMediaTypeNotAcceptableException) {
      return "Svaret kan kun leveres som JSON (Accept: application/json).";
    }
    if (ex instanceof HttpRequestMethodNotSupportedException e) {
      String allowed = e.getSupportedHttpMethods() == null ? "" : e.getSupportedHttpMethods().stream()
          .map(Object::toString).collect(Collectors.joining(", "));
      return "Metoden " + e.getMethod() + " understøttes ikke på denne adresse."
          + (allowed.isEmpty() ? "" : " Brug " + allowed + ".");
    }
    if (ex instanceof NoResourceFoundException) {
      String path = request instanceof ServletWebRequest s ? s.getRequest().getRequestURI() : "";
      return "Adressen '" + path + "' findes ikke. Se API-beskrivelsen på /api/openapi.";
    }
    if (ex instanceof MissingServletRequestParameterException e) {
      return "Parameteren '" + e.getParameterName() + "' mangler.";
    }
    return switch (status.value()) {
      case 400 -> "Forespørgslen er ugyldig.";
      case 404 -> "Det findes ikke.";
      case 413 -> "Forespørgslen er for stor.";
      case 503 -> "Tjenesten er midlertidigt utilgængelig. Prøv igen om lidt.";
      default -> status.is5xxServerError() ? "Der opstod en uventet fejl. Intet er gemt. Prøv igen."
          : "Forespørgslen kunne ikke gennemføres.";
    };
  }

  static String title(HttpStatusCode status) {
    return switch (status.value()) {
      case 400 -> "Ugyldig forespørgsel";
      case 401 -> "Ikke logget ind";
      case 403 -> "Ingen adgang";
      case 404 -> "Ikke fundet";
      case 405 -> "Metoden understøttes ikke";
      case 406 -> "Svarformatet understøttes ikke";
      case 409 -> "Konflikt";
      case 413 -> "For stor forespørgsel";
      case 415 -> "Indholdstypen understøttes ikke";
      default -> status.is5xxServerError() ? "Uventet fejl" : "Fejl";
    };
  }

  private static ProblemDetail concurrentChange() {
    return problem(HttpStatus.CONFLICT, "Ændret af en anden", ConcurrentChange.MESSAGE);
  }

  private static ProblemDetail badRequest(UserInputException e) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Ugyldige oplysninger", e.getMessage());
    problem.setProperty("problems", e.problems());
    return problem;
  }

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }
}
