package dk.nordjylland.governance.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dk.nordjylland.governance.calendar.DanishDates;
import dk.nordjylland.governance.validation.TextCharacters;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf template (templates/documents/) to XHTML and that to PDF with openhtmltopdf. The fonts are
 * DejaVu Sans from the jasperreports-fonts jar, embedded (subset) in every PDF, so æøå look the same everywhere.
 */
@Component
class PdfRenderer {

  static final String FONT_FAMILY = "DejaVu Sans";
  private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

  private final ITemplateEngine templates;
  /** The TTF files, read from the jar once (issue #7: every PDF re-read them from the zip). */
  private final Map<String, byte[]> fonts = new ConcurrentHashMap<>();

  PdfRenderer(ITemplateEngine templates) {
    this.templates = templates;
  }

  public String html(String template, Map<String, Object> model) {
    Context context = new Context(DanishDates.DANISH, model);
    return templates.process(template, context);
  }

  public byte[] pdf(String template, Map<String, Object> model) {
    // Stored text is checked on input, but one control character from before (or from outside the API) made the
    // XML parser fail the whole agenda (issue 13): the PDF is made without such characters.
    String html = TextCharacters.renderable(html(template, model));
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      // PDF/UA-1 (issue 17, ADR 0057): tagged structure, artifacts for page furniture, language, title in the XMP
      // metadata shown as the window title; every glyph in an embedded font (the DejaVu fonts below, no fallback).
      builder.usePdfUaAccessbility(true);
      font(builder, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
      font(builder, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
      font(builder, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
      font(builder, "DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC);
      builder.withHtmlContent(html, null);
      builder.toStream(out);
      builder.run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not render " + template + " as PDF", e);
    }
  }

  private void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
    byte[] ttf = fonts.computeIfAbsent(file, PdfRenderer::read);
    builder.useFont(() -> new ByteArrayInputStream(ttf), FONT_FAMILY, weight, style, true);
  }

  private static byte[] read(String file) {
    try (InputStream in = PdfRenderer.class.getResourceAsStream(FONTS + file)) {
      if (in == null) {
        throw new IllegalStateException("Font " + FONTS + file + " is missing (net.sf.jasperreports:jasperreports-fonts)");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the font " + file, e);
    }
  }
}
