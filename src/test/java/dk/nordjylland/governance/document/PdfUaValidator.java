package dk.nordjylland.governance.document;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF's PDF/UA-1 profile (ISO 14289-1) on a PDF: the failed rules, each once, as "clause-test: message". */
final class PdfUaValidator {

  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private PdfUaValidator() {}

  static List<String> failedRules(byte[] pdf) {
    try (VeraPDFFoundry foundry = Foundries.defaultInstance();
        PDFAParser parser = foundry.createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
        PDFAValidator validator = foundry.createValidator(PDFAFlavour.PDFUA_1, false)) {
      ValidationResult result = validator.validate(parser);
      if (!result.getPDFAFlavour().equals(PDFAFlavour.PDFUA_1)) {
        throw new IllegalStateException("validated as " + result.getPDFAFlavour());
      }
      return result.getTestAssertions().stream().filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
          .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
          .distinct().toList();
    } catch (Exception e) {
      throw new IllegalStateException("veraPDF could not validate the PDF", e);
    }
  }
}
