package dk.nordjylland.governance.attachment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code governance.attachments}: the largest file an item's attachment may be. Spring's multipart limits
 * (spring.servlet.multipart.*) and the /api request size filter follow it (application.yaml, rest.RequestSizeLimit).
 */
@ConfigurationProperties("governance.attachments")
record AttachmentProperties(@DefaultValue("20MB") DataSize maxSize) {}
