package dk.nordjylland.governance.document;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nordjylland.governance.document.DocumentSnapshot.AttachmentSnapshot;
import dk.nordjylland.governance.document.DocumentSnapshot.ItemSnapshot;
import dk.nordjylland.governance.document.VersionChanges.Change;
import dk.nordjylland.governance.document.VersionChanges.Kind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 17 point 2 (ADR 0057): what changed between two published versions of an agenda or minutes. */
class VersionChangesTest {

  static final String TIME = "Torsdag den 12. marts 2026 kl. 09.00-11.00";
  static final AttachmentSnapshot NOTAT = new AttachmentSnapshot(1, "Notat", false, "notat.pdf", 2048L,
      "2026-02-01T10:00");

  @Test
  void theSameVersionTwiceHasNoChanges() {
    DocumentSnapshot v1 = snapshot(item(1, 1, "A"), item(2, 2, "B"));
    assertThat(VersionChanges.between(v1, v1)).isEmpty();
  }

  @Test
  void anAddedItemIsNewAndTheItemsPushedDownBelowItAreNotMoved() {
    DocumentSnapshot v1 = snapshot(item(1, 1, "A"), item(2, 2, "B"), item(3, 3, "C"));
    DocumentSnapshot v2 = snapshot(item(1, 1, "A"), item(9, 2, "Ny sag"), item(2, 3, "B"), item(3, 4, "C"));
    assertThat(VersionChanges.between(v1, v2)).containsExactly(new Change(Kind.ADDED, "Punkt 2: Ny sag"));
  }

  @Test
  void aRemovedItemIsNamedWithItsOldPosition() {
    DocumentSnapshot v1 = snapshot(item(1, 1, "A"), item(2, 2, "B"), item(3, 3, "C"));
    DocumentSnapshot v2 = snapshot(item(1, 1, "A"), item(3, 2, "C"));
    assertThat(VersionChanges.between(v1, v2)).containsExactly(new Change(Kind.REMOVED, "Punkt 2: B"));
  }

  @Test
  void oneItemTakenFromTheEndToTheTopIsOneMoveWithItsOldAndNewPosition() {
    DocumentSnapshot v1 = snapshot(item(1, 1, "A"), item(2, 2, "B"), item(3, 3, "C"), item(4, 4, "D"));
    DocumentSnapshot v2 = snapshot(item(4, 1, "D"), item(1, 2, "A"), item(2, 3, "B"), item(3, 4, "C"));
    assertThat(VersionChanges.between(v1, v2)).containsExactly(new Change(Kind.MOVED, "Punkt 1: D (før punkt 4)"));
  }

  @Test
  void aChangedTextNamesThePartsThatChangedAndATitleItsOldWording() {
    ItemSnapshot before = item(1, 1, "Budget");
    ItemSnapshot after = new ItemSnapshot(1, 1, "Budget 2027", "Nyt resumé", before.presentation(), null, null,
        "Godkender budgettet.", "Godkendt", before.attachments());
    List<Change> changes = VersionChanges.between(snapshot(before), snapshot(after));
    assertThat(changes).containsExactly(new Change(Kind.TEXT,
        "Punkt 1: Budget 2027: titel, resumé, indstilling og beslutning (før: Budget)"));
  }

  @Test
  void blankAndMissingPartsAreTheSameTextAndSpacesAroundDoNotCount() {
    ItemSnapshot before = item(1, 1, "A");
    ItemSnapshot after = new ItemSnapshot(1, 1, "A", " Resumé af A \n", before.presentation(), "  ", null,
        before.recommendations(), "", before.attachments());
    assertThat(VersionChanges.between(snapshot(before), snapshot(after))).isEmpty();
  }

  @Test
  void bilagAddedRemovedAndReplacedAreSaidPerItem() {
    ItemSnapshot before = withAttachments(item(1, 1, "A"), NOTAT,
        new AttachmentSnapshot(2, "Høringssvar", true, null, null, null),
        new AttachmentSnapshot(3, "Gammelt bilag", false, "gl.pdf", 10L, "2026-02-01T10:00"));
    ItemSnapshot after = withAttachments(item(1, 1, "A"),
        new AttachmentSnapshot(1, "Notat", false, "notat-rettet.pdf", 4096L, "2026-02-03T08:00"),
        new AttachmentSnapshot(2, "Høringssvar", false, "svar.pdf", 900L, "2026-02-03T09:00"),
        new AttachmentSnapshot(4, "Budget", false, "budget.xlsx", 300L, "2026-02-03T09:30"));
    assertThat(VersionChanges.between(snapshot(before), snapshot(after))).containsExactly(
        new Change(Kind.ATTACHMENT, "Punkt 1: A: ændret \"Notat\""),
        new Change(Kind.ATTACHMENT, "Punkt 1: A: ændret \"Høringssvar\", eftersendt"),
        new Change(Kind.ATTACHMENT, "Punkt 1: A: tilføjet \"Budget\""),
        new Change(Kind.ATTACHMENT, "Punkt 1: A: fjernet \"Gammelt bilag\""));
  }

  @Test
  void aMovedMeetingIsSaidFirst() {
    DocumentSnapshot v1 = snapshot(item(1, 1, "A"));
    DocumentSnapshot v2 = new DocumentSnapshot("Fredag den 13. marts 2026 kl. 09.00-11.00", "Regionshuset",
        v1.items());
    assertThat(VersionChanges.between(v1, v2)).containsExactly(
        new Change(Kind.MEETING,
            "tidspunktet er ændret fra " + TIME + " til Fredag den 13. marts 2026 kl. 09.00-11.00"),
        new Change(Kind.MEETING, "stedet er ændret fra Teams til Regionshuset"));
  }

  @Test
  void thePublicComparesAClosedItemByItsPublicTitleOnlyAndNeverSeesItsConfidentialWords() {
    ItemSnapshot before = new ItemSnapshot(1, 1, "Fortrolig: HEMMELIGORD", "Resumé", null, null, null, null, null,
        List.of(NOTAT), true, "Personalesag");
    ItemSnapshot after = new ItemSnapshot(1, 2, "Fortrolig: HEMMELIGORD rettet", "Resumé HEMMELIGORD", null, null,
        null, null, null, List.of(), true, "Personalesag");
    DocumentSnapshot v1 = snapshot(before, item(2, 2, "B"));
    DocumentSnapshot v2 = snapshot(item(2, 1, "B"), after, item(3, 3, "Ny sag"));

    List<Change> members = VersionChanges.between(v1, v2);
    assertThat(members.toString()).contains("HEMMELIGORD", "titel og resumé", "fjernet \"Notat\"");
    List<Change> everyone = VersionChanges.between(v1.forPublic(), v2.forPublic());
    assertThat(everyone).containsExactly(new Change(Kind.MOVED, "Punkt 1: B (før punkt 2)"),
        new Change(Kind.ADDED, "Punkt 3: Ny sag"));
    assertThat(everyone.toString()).doesNotContain("HEMMELIGORD").doesNotContain("Notat");
  }

  @Test
  void aCorrectedPublicDecisionIsAChangeForEveryoneWithoutTheConfidentialDecision() {
    ItemSnapshot before = new ItemSnapshot(1, 1, "Fortrolig: HEMMELIGORD", null, null, null, null, null,
        "Godkendt\nHEMMELIGORD afvises.", List.of(), true, "Personalesag", "Udvalget drøftede sagen.");
    ItemSnapshot after = new ItemSnapshot(1, 1, "Fortrolig: HEMMELIGORD", null, null, null, null, null,
        "Godkendt\nHEMMELIGORD afvises.", List.of(), true, "Personalesag", "Udvalget drøftede sagen og svarer.");

    assertThat(VersionChanges.between(snapshot(before), snapshot(after)))
        .containsExactly(new Change(Kind.TEXT, "Punkt 1: Fortrolig: HEMMELIGORD: offentlig beslutning"));
    assertThat(VersionChanges.between(snapshot(before).forPublic(), snapshot(after).forPublic()))
        .containsExactly(new Change(Kind.TEXT, "Punkt 1: Personalesag: beslutning"));
  }

  // ------------------------------------------------------------------------------------------------ helpers

  static DocumentSnapshot snapshot(ItemSnapshot... items) {
    return new DocumentSnapshot(TIME, "Teams", List.of(items));
  }

  static ItemSnapshot item(long id, int position, String title) {
    return new ItemSnapshot(id, position, title, "Resumé af " + title, "Sagsfremstilling", null, null,
        "Tager orienteringen til efterretning.", null, List.of());
  }

  static ItemSnapshot withAttachments(ItemSnapshot item, AttachmentSnapshot... attachments) {
    return new ItemSnapshot(item.itemId(), item.position(), item.title(), item.summary(), item.presentation(),
        item.economy(), item.furtherProcessing(), item.recommendations(), item.decision(),
        new ArrayList<>(List.of(attachments)));
  }
}
