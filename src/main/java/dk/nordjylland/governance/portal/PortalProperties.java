package dk.nordjylland.governance.portal;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code governance.portal}: which forums the public may read on the portal (ADR 0049). A forum not listed is
 * internal: only its own people and process owners see it. Nothing listed means nothing public (fails closed).
 */
@ConfigurationProperties("governance.portal")
record PortalProperties(@DefaultValue List<String> publicForums) {

  PortalProperties {
    publicForums = publicForums == null ? List.of() : List.copyOf(publicForums);
  }
}
