package dk.nordjylland.governance.attachment;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Multipart uploads (the API's and the task screens') follow governance.attachments.max-size instead of Spring Boot's
 * 1 MB default. The container takes up to twice the limit (plus 1 MB of form fields), so that a file a little too
 * large is read and refused by ItemAttachments with its name, its size and the limit (on the screen: on the field);
 * beyond that the container stops reading and AttachmentProblems answers 413. Files up to 1 MB stay in memory while
 * the body is read, larger ones go to the container's temporary folder.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AttachmentProperties.class)
class AttachmentConfig {

  static final DataSize FORM_FIELDS = DataSize.ofMegabytes(1);

  @Bean
  MultipartConfigElement multipartConfigElement(AttachmentProperties properties) {
    long read = 2 * properties.maxSize().toBytes();
    return new MultipartConfigElement("", read, read + FORM_FIELDS.toBytes(), (int) FORM_FIELDS.toBytes());
  }
}
