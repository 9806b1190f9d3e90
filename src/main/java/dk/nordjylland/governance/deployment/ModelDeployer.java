package dk.nordjylland.governance.deployment;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys processes/ and forms/ with stable resource names ("processes/meeting-cycle.bpmn").
 *
 * <p>Each BPMN file is one deployment named after the file, together with the forms it references
 * (formRefBinding "deployment" needs them in the same deployment). Duplicate filtering compares with
 * the last deployment of that name, so a changed file creates a new version of its own process only,
 * and a restart or another host with the same files creates nothing.
 */
@Component
public class ModelDeployer {

  static final String SOURCE = "governance";
  private static final Logger LOG = LoggerFactory.getLogger(ModelDeployer.class);
  private static final Pattern FORM_REF = Pattern.compile("camunda:formRef=\"([^\"]+)\"");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final RepositoryService repositoryService;
  private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

  ModelDeployer(RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  /** Deploys every model that changed; returns the names of the new deployments. */
  public List<String> deployChangedModels() {
    Map<String, ModelFile> forms = formsById();
    List<String> deployed = new ArrayList<>();
    for (ModelFile bpmn : read("processes/**/*.bpmn")) {
      String deploymentName = bpmn.name().replaceFirst("^processes/", "").replaceFirst("\\.bpmn$", "");
      DeploymentBuilder builder = repositoryService.createDeployment()
          .name(deploymentName)
          .source(SOURCE)
          .enableDuplicateFiltering(false)
          .addString(bpmn.name(), bpmn.content());
      Matcher refs = FORM_REF.matcher(bpmn.content());
      while (refs.find()) {
        ModelFile form = forms.get(refs.group(1));
        if (form == null) {
          throw new IllegalStateException(bpmn.name() + " references the unknown form " + refs.group(1));
        }
        builder.addString(form.name(), form.content());
      }
      DeploymentWithDefinitions result = builder.deployWithResult();
      // Camunda returns null (not an empty list) when duplicate filtering deployed nothing.
      if (result.getDeployedProcessDefinitions() != null && !result.getDeployedProcessDefinitions().isEmpty()) {
        deployed.add(deploymentName);
        LOG.info("Deployed {} as deployment {}", bpmn.name(), result.getId());
      }
    }
    return deployed;
  }

  private Map<String, ModelFile> formsById() {
    Map<String, ModelFile> forms = new LinkedHashMap<>();
    for (ModelFile form : read("forms/**/*.form")) {
      String id = formId(form);
      if (id.isBlank()) {
        throw new IllegalStateException(form.name() + " has no form id");
      }
      forms.put(id, form);
    }
    return forms;
  }

  private static String formId(ModelFile form) {
    try {
      return JSON.readTree(form.content()).path("id").asText();
    } catch (IOException e) {
      throw new IllegalStateException(form.name() + " is not valid JSON: " + e.getMessage(), e);
    }
  }

  private List<ModelFile> read(String pattern) {
    try {
      List<ModelFile> files = new ArrayList<>();
      for (Resource resource : resolver.getResources("classpath*:" + pattern)) {
        String url = resource.getURL().toString();
        String root = pattern.substring(0, pattern.indexOf('/') + 1);
        String name = url.substring(url.lastIndexOf(root));
        try (InputStream in = resource.getInputStream()) {
          files.add(new ModelFile(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
      }
      files.sort((a, b) -> a.name().compareTo(b.name()));
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  record ModelFile(String name, String content) {}
}
