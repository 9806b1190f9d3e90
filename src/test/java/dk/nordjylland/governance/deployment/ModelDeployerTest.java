package dk.nordjylland.governance.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nordjylland.governance.support.GovernanceTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.form.CamundaFormRefImpl;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The models in processes/ and forms/ are deployed at start-up with stable resource names, one deployment per
 * BPMN file with its forms, and deploying again without changes creates nothing. Starts no process instances.
 */
@GovernanceTest
class ModelDeployerTest {

  static final Path PROCESSES = Path.of("processes");
  static final Path FORMS = Path.of("forms");

  @Autowired ModelDeployer deployer;
  @Autowired RepositoryService repositoryService;
  @Autowired ProcessEngine engine;

  /** A BPMN file of processes/, with its stable resource name and the deployment name the deployer gives it. */
  record BpmnFile(String resourceName, String deploymentName, String content, BpmnModelInstance model) {

    List<String> executableProcessIds() {
      return model.getModelElementsByType(Process.class).stream()
          .filter(Process::isExecutable).map(Process::getId).toList();
    }

    Set<String> formRefs() {
      Set<String> refs = new TreeSet<>();
      model.getModelElementsByType(UserTask.class).stream().map(UserTask::getCamundaFormRef)
          .filter(ref -> ref != null && !ref.isBlank()).forEach(refs::add);
      model.getModelElementsByType(StartEvent.class).stream().map(StartEvent::getCamundaFormRef)
          .filter(ref -> ref != null && !ref.isBlank()).forEach(refs::add);
      return refs;
    }
  }

  static List<BpmnFile> bpmnFiles() {
    List<BpmnFile> files = new ArrayList<>();
    for (Path path : files(PROCESSES, ".bpmn")) {
      String relative = relative(PROCESSES, path);
      String content = read(path);
      BpmnModelInstance model =
          Bpmn.readModelFromStream(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
      files.add(new BpmnFile("processes/" + relative, relative.replaceFirst("\\.bpmn$", ""), content, model));
    }
    assertThat(files).as("BPMN files in %s", PROCESSES.toAbsolutePath()).isNotEmpty();
    return files;
  }

  /** forms/ resource name ("forms/collect-items.form") by form id (the file stem). */
  static Map<String, String> formResourcesById() {
    Map<String, String> forms = new LinkedHashMap<>();
    for (Path path : files(FORMS, ".form")) {
      String fileName = path.getFileName().toString();
      forms.put(fileName.substring(0, fileName.length() - ".form".length()), "forms/" + relative(FORMS, path));
    }
    return forms;
  }

  static List<Path> files(Path root, String extension) {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(extension))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String relative(Path root, Path path) {
    return root.relativize(path).toString().replace('\\', '/');
  }

  static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  ProcessDefinition latest(String processId) {
    ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(processId).latestVersion().singleResult();
    assertThat(definition).as("deployed process definition of %s", processId).isNotNull();
    return definition;
  }

  String deployedContent(String deploymentId, String resourceName) {
    try (InputStream in = repositoryService.getResourceAsStream(deploymentId, resourceName)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void everyBpmnIsDeployedUnderItsStableRelativeName() {
    for (BpmnFile file : bpmnFiles()) {
      assertThat(file.executableProcessIds()).as("executable processes in %s", file.resourceName()).isNotEmpty();
      for (String processId : file.executableProcessIds()) {
        ProcessDefinition definition = latest(processId);
        assertThat(definition.getResourceName())
            .as("resource name of %s (from %s)", processId, file.resourceName())
            .isEqualTo(file.resourceName())
            .doesNotStartWith("/")
            .doesNotContain(":");
        assertThat(deployedContent(definition.getDeploymentId(), file.resourceName()))
            .as("the deployed %s is the file in processes/", file.resourceName())
            .isEqualTo(file.content());
      }
    }
  }

  @Test
  void everyFormIsDeployedWithTheBpmnThatReferencesIt() {
    List<BpmnFile> bpmnFiles = bpmnFiles();
    Map<String, String> forms = formResourcesById();
    assertThat(forms).as("forms in %s", FORMS.toAbsolutePath()).isNotEmpty();
    for (Map.Entry<String, String> form : forms.entrySet()) {
      List<BpmnFile> referencing = bpmnFiles.stream().filter(f -> f.formRefs().contains(form.getKey())).toList();
      assertThat(referencing).as("BPMN files referencing the form %s", form.getValue()).isNotEmpty();
      for (BpmnFile bpmn : referencing) {
        for (String processId : bpmn.executableProcessIds()) {
          String deploymentId = latest(processId).getDeploymentId();
          assertThat(repositoryService.getDeploymentResourceNames(deploymentId))
              .as("resources of the deployment of %s (%s)", bpmn.resourceName(), processId)
              .contains(form.getValue());
          assertThat(deployedContent(deploymentId, form.getValue()))
              .as("the deployed %s is the file in forms/", form.getValue())
              .isEqualTo(read(Path.of(form.getValue())));
        }
      }
    }
  }

  @Test
  void deployingAgainWithoutChangesDeploysNothing() {
    long deployments = repositoryService.createDeploymentQuery().count();
    long definitions = repositoryService.createProcessDefinitionQuery().count();

    List<String> deployed = deployer.deployChangedModels();

    assertThat(deployed).isEmpty();
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
    assertThat(repositoryService.createProcessDefinitionQuery().count()).isEqualTo(definitions);
  }

  @Test
  void everyFormRefResolvesInTheDeploymentOfItsProcess() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    for (BpmnFile file : bpmnFiles()) {
      for (String processId : file.executableProcessIds()) {
        ProcessDefinition definition = latest(processId);
        String deploymentId = definition.getDeploymentId();
        List<String> resources = repositoryService.getDeploymentResourceNames(deploymentId);
        // The formRefs of the deployed model, as the engine sees them.
        BpmnModelInstance deployedModel = repositoryService.getBpmnModelInstance(definition.getId());
        List<String> problems = new ArrayList<>();
        for (UserTask task : deployedModel.getModelElementsByType(UserTask.class)) {
          String formRef = task.getCamundaFormRef();
          if (formRef == null || formRef.isBlank()) {
            continue;
          }
          if (!resources.contains("forms/" + formRef + ".form")) {
            problems.add(task.getId() + ": forms/" + formRef + ".form is not in the deployment " + resources);
          }
          // What Tasklist does for formRefBinding="deployment": look the form up by key in the deployment.
          CamundaFormDefinition form = configuration.getCommandExecutorTxRequired().execute(
              new GetCamundaFormDefinitionCmd(new CamundaFormRefImpl(formRef, "deployment"), deploymentId));
          if (form == null) {
            problems.add(task.getId() + ": the engine finds no Camunda Form '" + formRef + "' in the deployment");
          } else if (!form.getResourceName().equals("forms/" + formRef + ".form")) {
            problems.add(task.getId() + ": Camunda Form '" + formRef + "' comes from " + form.getResourceName());
          }
        }
        assertThat(problems).as("formRefs of %s (%s):\n  %s", processId, file.resourceName(),
            String.join("\n  ", problems)).isEmpty();
      }
    }
  }

  @Test
  void deploymentIsNamedAfterTheFileWithSourceGovernance() {
    for (BpmnFile file : bpmnFiles()) {
      for (String processId : file.executableProcessIds()) {
        Deployment deployment = repositoryService.createDeploymentQuery()
            .deploymentId(latest(processId).getDeploymentId()).singleResult();
        assertThat(deployment.getName()).as("deployment name of %s", file.resourceName())
            .isEqualTo(file.deploymentName());
        assertThat(deployment.getSource()).as("deployment source of %s", file.resourceName())
            .isEqualTo("governance");
      }
    }
  }
}
