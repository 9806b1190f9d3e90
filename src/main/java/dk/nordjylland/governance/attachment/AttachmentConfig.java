package dk.nordjylland.governance.attachment;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Multipart uploads follow governance.attachments.max-size (instead of Spring Boot's 1 MB default): a file up to the
 * limit, a request up to the limit and 1 MB of form fields. One setting, so the two cannot disagree. Files up to
 * 1 MB stay in memory, larger ones are buffered in the servlet container's temporary folder.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AttachmentProperties.class)
class AttachmentConfig {

  static final DataSize FORM_FIELDS = DataSize.ofMegabytes(1);

  @Bean
  MultipartConfigElement multipartConfigElement(AttachmentProperties properties) {
    long max = properties.maxSize().toBytes();
    return new MultipartConfigElement("", max, max + FORM_FIELDS.toBytes(), (int) FORM_FIELDS.toBytes());
  }
}
