package dk.nordjylland.governance.identity;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code governance.proposals.<forum>}: the groups whose members may propose items to that forum. A forum not
 * listed takes proposals from its own groups (members, chair, secretariat). Issue 13: the political SSU takes
 * items from its secretariat and FFU's only.
 */
@ConfigurationProperties("governance")
record ProposalProperties(Map<String, List<String>> proposals) {

  ProposalProperties {
    proposals = proposals == null ? Map.of() : Map.copyOf(proposals);
  }
}
