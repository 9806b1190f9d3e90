package dk.nordjylland.governance.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.util.StreamProvider;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The StreamProvider named for Jakarta Mail's FactoryFinder exists and is the one it would find by ServiceLoader. */
class MailStreamProviderTest {

  @Test
  void theNamedStreamProviderIsTheOneOnTheClasspath() throws Exception {
    Class.forName(NotificationMailer.class.getName()); // its static initializer names the provider

    String named = System.getProperty(NotificationMailer.STREAM_PROVIDER);
    assertThat(named).isEqualTo("org.eclipse.angus.mail.util.MailStreamProvider");
    assertThat(StreamProvider.class.isAssignableFrom(Class.forName(named))).isTrue();
    assertThat(StreamProvider.provider().getClass().getName()).isEqualTo(named);
    assertThat(ServiceLoader.load(StreamProvider.class).findFirst()).get()
        .extracting(p -> p.getClass().getName()).isEqualTo(named);
  }
}
