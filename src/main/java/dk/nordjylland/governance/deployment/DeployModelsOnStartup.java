package dk.nordjylland.governance.deployment;

import dk.nordjylland.governance.StartupOrder;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

@Component
@Order(StartupOrder.DEPLOY_MODELS)
class DeployModelsOnStartup implements ApplicationRunner {

  private final ModelDeployer deployer;

  DeployModelsOnStartup(ModelDeployer deployer) {
    this.deployer = deployer;
  }

  @Override
  public void run(ApplicationArguments args) {
    deployer.deployChangedModels();
  }
}
