package dk.nordjylland.governance.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The content check without a server (ADR 0035): images by their bytes, the Danish words for what a refused file is,
 * and the name a file is served with. The API test covers PDF, DOCX and XLSX end to end.
 */
class FileTypeDetectorTest {

  final FileTypeDetector detector = new FileTypeDetector();

  @Test
  void pngAndJpegAreImagesWhateverTheirNameAndAGifIsRefused() throws IOException {
    assertThat(detector.detect(image("png")).type()).contains(FileType.PNG);
    assertThat(detector.detect(image("jpg")).type()).contains(FileType.JPEG);

    FileTypeDetector.Detection gif = detector.detect(image("gif"));
    assertThat(gif.type()).isEmpty();
    assertThat(FileTypeDetector.danish(gif.detected())).isEqualTo("et billedformat, der ikke tages imod (kun PNG og JPEG)");
  }

  @Test
  void htmlAndOldOfficeFilesAreRefusedAndNamedInDanish() {
    FileTypeDetector.Detection html = detector.detect("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
        .getBytes(StandardCharsets.UTF_8));
    assertThat(html.type()).isEmpty();
    assertThat(FileTypeDetector.danish(html.detected())).isEqualTo("en HTML-side");

    // The OLE2 header of Word 97-2003 (.doc) and Excel (.xls) files.
    byte[] ole = new byte[2048];
    byte[] header = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    System.arraycopy(header, 0, ole, 0, header.length);
    FileTypeDetector.Detection doc = detector.detect(ole);
    assertThat(doc.type()).isEmpty();
    assertThat(FileTypeDetector.danish(doc.detected()))
        .isEqualTo("et ældre Office-format (DOC eller XLS; gem filen som DOCX eller XLSX)");
  }

  @Test
  void aZipThatIsNoOfficePackageIsRefused() throws IOException {
    assertThat(FileTypeDetector.officeOpenXml(AttachmentApiTest.officeFile("application/xml", "/data.xml", true,
        false))).isNull();
    assertThat(FileTypeDetector.officeOpenXml("PK\u0003\u0004 kaput".getBytes(StandardCharsets.ISO_8859_1))).isNull();
    assertThat(FileTypeDetector.officeOpenXml(AttachmentApiTest.officeFile(FileTypeDetector.SHEET_MAIN,
        "/xl/workbook.xml", false, false))).isEqualTo(FileType.XLSX);
  }

  @Test
  void theServedNameLosesFoldersAndControlCharactersAndCarriesItsTypesExtension() {
    assertThat(FileNames.served("C:\\Users\\lb\\Skrivebord\\Høringssvar.PDF", FileType.PDF))
        .isEqualTo("Høringssvar.PDF");
    assertThat(FileNames.served("../../etc/passwd", FileType.PDF)).isEqualTo("passwd.pdf");
    assertThat(FileNames.served("bud\"get\u0007.xlsx", FileType.XLSX)).isEqualTo("budget.xlsx");
    assertThat(FileNames.served("", FileType.JPEG)).isEqualTo("bilag.jpg");
    assertThat(FileNames.served("a".repeat(300) + ".docx", FileType.DOCX)).hasSize(200).endsWith("a.docx");
    assertThat(AttachmentController.ascii("Årsrapport – økonomi.pdf")).isEqualTo("Aarsrapport _ oekonomi.pdf");
  }

  @Test
  void sizesReadTheDanishWay() {
    assertThat(FileSizes.danish(1)).isEqualTo("1 kB");
    assertThat(FileSizes.danish(850 * 1024)).isEqualTo("850 kB");
    assertThat(FileSizes.danish(20L * 1024 * 1024)).isEqualTo("20 MB");
    assertThat(FileSizes.danish(20L * 1024 * 1024 + 1)).isEqualTo("20,1 MB");
    assertThat(FileSizes.danish((long) (1.2 * 1024 * 1024))).isEqualTo("1,2 MB");
  }

  static byte[] image(String format) throws IOException {
    BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(ImageIO.write(image, format, out)).isTrue();
    return out.toByteArray();
  }
}
