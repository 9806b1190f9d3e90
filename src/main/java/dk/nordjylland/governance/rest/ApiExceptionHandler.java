package dk.nordjylland.governance.rest;

import dk.nordjylland.governance.validation.ConflictException;
import dk.nordjylland.governance.validation.NotFoundException;
import dk.nordjylland.governance.validation.UserInputException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Errors of our domain API as RFC 9457 problem details with a Danish message in "detail". */
@RestControllerAdvice(basePackages = "dk.nordjylland.governance")
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

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

  @ExceptionHandler(AuthorizationException.class)
  ProblemDetail forbidden(AuthorizationException e) {
    return problem(HttpStatus.FORBIDDEN, "Ingen adgang", "Du har ikke adgang til denne handling.");
  }

  @ExceptionHandler(ProcessEngineException.class)
  ProblemDetail engine(ProcessEngineException e) {
    return UserInputException.in(e)
        .map(u -> badRequest(u))
        .orElseGet(() -> problem(HttpStatus.CONFLICT, "Kunne ikke gennemføres", e.getMessage()));
  }

  @Override
  protected org.springframework.http.ResponseEntity<Object> handleHttpMessageNotReadable(
      org.springframework.http.converter.HttpMessageNotReadableException ex, org.springframework.http.HttpHeaders headers,
      org.springframework.http.HttpStatusCode status, org.springframework.web.context.request.WebRequest request) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Ugyldig forespørgsel",
        "Forespørgslens indhold kunne ikke læses. Send gyldig JSON i det beskrevne format.");
    return org.springframework.http.ResponseEntity.badRequest().body(problem);
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
