package dk.nordjylland.governance.mail;

import dk.nordjylland.governance.calendar.DanishDates;
import dk.nordjylland.governance.validation.TextCharacters;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The Danish mail templates (templates/mail/*.html and *.txt). An engine of its own, so that the text templates do
 * not touch the application's HTML template resolution. th:text / [[...]] escape in HTML; the text part is plain.
 * Characters no text may hold (TextCharacters) are left out of stored text shown in a mail.
 */
@Component
class MailTemplates {

  private final SpringTemplateEngine engine = new SpringTemplateEngine();

  MailTemplates() {
    engine.addTemplateResolver(resolver(".html", TemplateMode.HTML, 1));
    engine.addTemplateResolver(resolver(".txt", TemplateMode.TEXT, 2));
  }

  private static ClassLoaderTemplateResolver resolver(String suffix, TemplateMode mode, int order) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/");
    resolver.setSuffix(suffix);
    resolver.setTemplateMode(mode);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCheckExistence(true);
    resolver.setCacheable(true);
    resolver.setOrder(order);
    return resolver;
  }

  /** The template "mail/notification" as HTML (notification.html). */
  public String html(String template, Map<String, Object> model) {
    return TextCharacters.renderable(engine.process(template, new Context(DanishDates.DANISH, model)));
  }

  /** The template "mail/notification-text" as plain text (notification-text.txt). */
  public String text(String template, Map<String, Object> model) {
    return TextCharacters.renderable(engine.process(template + "-text", new Context(DanishDates.DANISH, model)));
  }
}
