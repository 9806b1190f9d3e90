package dk.nordjylland.governance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of docs/adr/0050-one-way-arrows.md, on the main classes: no cycle between the top-level packages;
 * the kernel below the meeting cycle, meeting below the item packages, consultation and agreement on top of them; the
 * outputs (documents, invitations, the outbox, mail) reached from the cycle only by events, never called.
 */
class ArchitectureTest {

  static final String ROOT = "dk.nordjylland.governance";

  /** Shared building blocks that know nothing of meetings: any package may use them. */
  static final String[] KERNEL = packages("calendar", "validation", "identity", "masterdata", "notify", "task",
      "tasknames", "rest", "deployment");
  /** Produce documents, calendar invitations, outbox rows and mails from what the cycle did. */
  static final String[] OUTPUTS = packages("document", "invitation", "notification", "mail");
  /** The meeting cycle's packages, from the bottom up. */
  static final String[] CYCLE = packages("meeting", "followup", "item", "attendance", "attachment", "minutes",
      "consultation", "agreement");

  static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS).importPackages(ROOT);
  }

  @Test
  void topLevelPackagesHaveNoCycle() {
    check(slices().matching(ROOT + ".(*)..").should().beFreeOfCycles());
  }

  @Test
  void arrowsPointDownTheLayers() {
    check(layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("Kernel").definedBy(KERNEL)
        .layer("Meeting").definedBy(packages("meeting"))
        .layer("FollowUp").definedBy(packages("followup"))
        .layer("Item").definedBy(packages("item"))
        .layer("ItemParts").definedBy(packages("attendance", "attachment", "minutes"))
        .layer("Consultation").definedBy(packages("consultation"))
        .layer("Agreement").definedBy(packages("agreement"))
        .layer("Outputs").definedBy(OUTPUTS)
        .layer("Web").definedBy(packages("screen", "portal", "overview", "demo", "security", "operations"))
        .whereLayer("Kernel").mayOnlyAccessLayers("Kernel")
        .whereLayer("Meeting").mayOnlyAccessLayers("Kernel")
        .whereLayer("FollowUp").mayOnlyAccessLayers("Kernel", "Meeting")
        .whereLayer("Item").mayOnlyAccessLayers("Kernel", "Meeting", "FollowUp")
        .whereLayer("ItemParts").mayOnlyAccessLayers("Kernel", "Meeting", "FollowUp", "Item")
        .whereLayer("Consultation").mayOnlyAccessLayers("Kernel", "Meeting", "FollowUp", "Item", "ItemParts")
        .whereLayer("Agreement")
        .mayOnlyAccessLayers("Kernel", "Meeting", "FollowUp", "Item", "ItemParts", "Consultation")
        .whereLayer("Outputs").mayOnlyAccessLayers("Kernel", "Meeting", "FollowUp", "Item", "ItemParts",
            "Consultation", "Agreement", "Outputs"));
  }

  @Test
  void theCycleNeverCallsAnOutput() {
    check(noClasses().that().resideInAnyPackage(CYCLE).should().dependOnClassesThat().resideInAnyPackage(OUTPUTS)
        .because("outputs are reached by events (AgendaPublished, MeetingMoved, NotificationRequested, ...)"));
  }

  static void check(ArchRule rule) {
    rule.check(classes);
  }

  static String[] packages(String... names) {
    String[] result = new String[names.length];
    for (int i = 0; i < names.length; i++) {
      result[i] = ROOT + "." + names[i] + "..";
    }
    return result;
  }
}
