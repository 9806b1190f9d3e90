package dk.nordjylland.governance.masterdata;

import dk.nordjylland.governance.StartupOrder;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

@Component
@Order(StartupOrder.MASTER_DATA)
class SynchroniseMasterDataOnStartup implements ApplicationRunner {

  private final MasterDataSync sync;

  SynchroniseMasterDataOnStartup(MasterDataSync sync) {
    this.sync = sync;
  }

  @Override
  public void run(ApplicationArguments args) {
    sync.synchronise();
  }
}
