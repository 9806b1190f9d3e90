package dk.nordjylland.governance.identity;

import dk.nordjylland.governance.StartupOrder;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

@Component
@Order(StartupOrder.IDENTITY)
class SynchroniseIdentityOnStartup implements ApplicationRunner {

  private final IdentitySync identity;
  private final TasklistFilters filters;

  SynchroniseIdentityOnStartup(IdentitySync identity, TasklistFilters filters) {
    this.identity = identity;
    this.filters = filters;
  }

  @Override
  public void run(ApplicationArguments args) {
    identity.synchronise();
    filters.synchronise();
  }
}
