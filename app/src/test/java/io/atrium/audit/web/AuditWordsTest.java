package io.atrium.audit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.atrium.audit.Changes;
import io.atrium.shared.format.Formats;
import io.atrium.shared.i18n.Texts;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditWordsTest {

  private static final Map<String, String> NAMES =
      Map.of("StaffMember:10", "Camille Vasseur", "Ticket:7", "PAR1-00007 · Wi-Fi");

  private final AuditWords french = new AuditWords(Texts.bundle(Locale.FRENCH), NAMES);
  private final AuditWords english = new AuditWords(Texts.bundle(Locale.ENGLISH), NAMES);

  @Test
  void oneChangedFieldIsSaidWithTheSubjectsName() {
    var email = Changes.of().field("email", "c@old.fr", "c@new.fr").getList();
    assertEquals(
        "Hélène Martin a modifié l’e-mail de Camille Vasseur",
        french.sentence("Hélène Martin", "StaffMember", "10", "UPDATE", email));
    assertEquals(
        "Hélène Martin changed the e-mail of Camille Vasseur",
        english.sentence("Hélène Martin", "StaffMember", "10", "UPDATE", email));
  }

  @Test
  void actionsAreWordsNotCodes() {
    assertEquals(
        "Hélène Martin s’est connecté(e)",
        french.sentence("Hélène Martin", "StaffMember", "10", "SIGN_IN", List.of()));
    assertEquals(
        "Léa Fontaine a commenté le ticket PAR1-00007 · Wi-Fi",
        french.sentence("Léa Fontaine", "Ticket", "7", "COMMENT", List.of()));
  }

  /**
   * Actions without a sentence read as "changed": a contract's signature, and the sessions a reused
   * refresh token closed, which read "System changed member Chloé Bernard".
   */
  @Test
  void actionsThatAreNotChangesHaveTheirOwnSentence() {
    assertEquals(
        "Claire Morel a enregistré la signature du contrat n° 3",
        french.sentence("Claire Morel", "Contract", "3", "SIGN", List.of()));
    assertEquals(
        "Claire Morel recorded the signing of contract no. 3",
        english.sentence("Claire Morel", "Contract", "3", "SIGN", List.of()));
    assertEquals(
        "Système a fermé les sessions de l’application de Camille Vasseur : un jeton de"
            + " renouvellement déjà utilisé a été présenté de nouveau",
        french.sentence("Système", "StaffMember", "10", "REFRESH_REUSED", List.of()));
    assertEquals(
        "Inès Benali a accordé le droit d’accès n° 5",
        french.sentence("Inès Benali", "AccessGrant", "5", "ACCESS_GRANTED", List.of()));
  }

  /** The log read "changed the support managers of the support managers of PAR1". */
  @Test
  void aCentresSupportManagersAreNamedOnce() {
    var managers = Changes.of().field("managers", null, "Ravi Kumar").getList();
    assertEquals(
        "Hélène Martin a modifié les responsables du support de PAR1",
        french.sentence("Hélène Martin", "SupportManager", "PAR1", "UPDATE", managers));
    assertEquals(
        "Hélène Martin changed the support managers of PAR1",
        english.sentence("Hélène Martin", "SupportManager", "PAR1", "UPDATE", managers));
  }

  @Test
  void aSubjectThatIsGoneIsNamedByItsNumber() {
    assertEquals(
        "Inès Benali a enregistré la sortie du visiteur n° 17",
        french.sentence("Inès Benali", "Visitor", "17", "CHECK_OUT", List.of()));
    assertEquals(
        "Inès Benali checked out visitor no. 17",
        english.sentence("Inès Benali", "Visitor", "17", "CHECK_OUT", List.of()));
  }

  @Test
  void anUnknownActionOrTypeStillReadsAsASentence() {
    assertEquals(
        "Hélène Martin a modifié l’élément n° 3",
        french.sentence("Hélène Martin", "Telescope", "3", "FREEZE", List.of()));
  }

  @Test
  void changesReadWithLabelsValuesAndNumbersForIds() {
    var changes =
        Changes.of()
            .field("hostId", null, 17)
            .field("state", "EXPECTED", "ARRIVED")
            .field("email", "a@x.fr", null)
            .getList();
    assertEquals(
        List.of("E-mail : a@x.fr → (effacé)", "Hôte : n° 17", "État : attendu → à l’accueil"),
        changes.stream().map(french::change).toList());
  }

  /**
   * "kind" is recorded for spaces, invoices, catalogue items and companies alike: the French log
   * called a meeting room's and an invoice's kind "Type d'entreprise", the label of the company
   * form.
   */
  @Test
  void aKindIsCalledATypeWhateverItIsTheKindOf() {
    var kind = Changes.of().field("kind", null, "MEETING_ROOM").getList().get(0);
    assertEquals("Type : MEETING_ROOM", french.change("Space", kind));
    assertEquals("Type: MEETING_ROOM", english.change("Space", kind));
  }

  @Test
  void defaultRolesInAChangeAreInTheReadersLanguage() {
    var roles =
        Changes.of()
            .field("roles", java.util.Set.of(), java.util.Set.of("Receptionist", "Stagiaire"))
            .getList();
    assertEquals(
        List.of("Rôles : (aucun) → Chargé(e) d’accueil, Stagiaire"),
        roles.stream().map(french::change).toList());
  }

  @Test
  void entityTypesAreTranslatedForTheFilter() {
    assertEquals("Collaborateur", french.entityType("StaffMember"));
    assertEquals("Staff member", english.entityType("StaffMember"));
  }

  @Test
  void datesAreInTheLogsZoneAndTheReadersFormatNotInUtc() {
    var booking =
        Changes.of()
            .field("startsAt", null, Instant.parse("2027-05-03T09:00:00Z"))
            .field("consumedOn", null, LocalDate.parse("2027-05-03"))
            .getList();
    var kolkata = ZoneId.of("Asia/Kolkata");
    var indian =
        new AuditWords(
            Texts.bundle(Locale.ENGLISH),
            NAMES,
            Formats.of(Locale.ENGLISH, "IN"),
            kolkata,
            (type, field, value) -> Optional.empty());
    assertEquals(
        List.of("Consumed on: 3 May 2027", "Start: 3 May 2027, 14:30"),
        booking.stream().map(change -> indian.change("Booking", change)).toList());
    var paris =
        new AuditWords(
            Texts.bundle(Locale.FRENCH),
            NAMES,
            Formats.of(Locale.FRENCH, "FR"),
            ZoneId.of("Europe/Paris"),
            (type, field, value) -> Optional.empty());
    assertEquals(
        "Début : "
            + Formats.of(Locale.FRENCH, "FR")
                .dateTime(Instant.parse("2027-05-03T09:00:00Z"), ZoneId.of("Europe/Paris")),
        paris.change("Booking", booking.get(1)));
  }

  @Test
  void aLabelledEnumsValueIsShownByItsLabel() {
    var words =
        new AuditWords(
            Texts.bundle(Locale.FRENCH),
            NAMES,
            Formats.of(Locale.FRENCH, "FR"),
            ZoneId.of("Europe/Paris"),
            (type, field, value) ->
                "Ticket".equals(type) && "priority".equals(field)
                    ? Optional.of("ticket.priority." + value.toLowerCase(Locale.ROOT))
                    : Optional.empty());
    var priority = Changes.of().field("priority", "NORMAL", "URGENT").getList().get(0);
    assertEquals(
        "Priorité : "
            + Texts.bundle(Locale.FRENCH).getString("ticket.priority.normal")
            + " → "
            + Texts.bundle(Locale.FRENCH).getString("ticket.priority.urgent"),
        words.change("Ticket", priority));
    var system = Changes.of().field("system", null, "WIFI").getList().get(0);
    assertEquals("Système : WIFI", words.change("AccessGrant", system));
  }
}
