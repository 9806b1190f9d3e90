package dk.nordjylland.governance.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The demo's (and the tests') SMTP server: GreenMail in this JVM. Every mail sent is kept in memory; read it over
 * IMAP (user and password: the recipient's e-mail address) or in the log ("E-mail sendt: ...").
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "governance.mail.embedded-server.enabled", havingValue = "true")
class EmbeddedMailServer {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMailServer.class);

  @Bean(initMethod = "start", destroyMethod = "stop")
  GreenMail greenMail(GovernanceMailProperties properties) {
    GovernanceMailProperties.EmbeddedServer server = properties.embeddedServer();
    List<ServerSetup> setups = new ArrayList<>();
    setups.add(setup(server.smtpPort(), ServerSetup.PROTOCOL_SMTP));
    if (server.imapPort() >= 0) {
      setups.add(setup(server.imapPort(), ServerSetup.PROTOCOL_IMAP));
    }
    return new GreenMail(setups.toArray(ServerSetup[]::new))
        .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
  }

  private static ServerSetup setup(int port, String protocol) {
    ServerSetup setup = new ServerSetup(port, "127.0.0.1", protocol);
    return port == 0 ? setup.dynamicPort() : setup;
  }

  /** Sends to the embedded server, whatever port it got. */
  @Bean
  JavaMailSender embeddedMailSender(GreenMail greenMail) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(greenMail.getSmtp().getPort());
    sender.setDefaultEncoding("UTF-8");
    LOG.info("Indlejret mailserver (GreenMail): SMTP 127.0.0.1:{}{}", greenMail.getSmtp().getPort(),
        greenMail.getImap() == null ? "" : ", IMAP 127.0.0.1:" + greenMail.getImap().getPort()
            + " (bruger og adgangskode: modtagerens e-mailadresse)");
    return sender;
  }
}
