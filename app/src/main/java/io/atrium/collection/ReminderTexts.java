package io.atrium.collection;

import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.TextValidator;
import io.atrium.shared.i18n.Texts;
import io.atrium.tenancy.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The texts of the reminder levels per language: the tenant's own ({@code reminder_text} rows) or
 * the bundled ones ({@code collection.reminder.<level>.subject/.body}).
 */
@ApplicationScoped
public class ReminderTexts {

  public static final List<String> LANGUAGES = List.of("en", "fr");
  static final int MAX_SUBJECT = 200;
  static final int MAX_BODY = 4000;

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Tenancy tenancy;

  @Inject Caller caller;

  @Inject AuditTrail audit;

  /** The text of a level in a language ("en" for any other). */
  @Transactional
  public ReminderText of(ReminderLevel level, String language) {
    String lang = "fr".equals(language) ? "fr" : "en";
    List<?> rows =
        em.createNativeQuery(
                "SELECT subject, body FROM reminder_text WHERE level = ?1 AND language = ?2")
            .setParameter(1, level.name())
            .setParameter(2, lang)
            .getResultList();
    if (!rows.isEmpty()) {
      Object[] r = (Object[]) rows.get(0);
      return new ReminderText(level, lang, (String) r[0], (String) r[1], true);
    }
    return bundled(level, lang);
  }

  /** Every level in every language, for the settings page (invoices:read). */
  @Transactional
  public List<ReminderText> all() {
    caller.require(Area.INVOICES, Action.READ);
    List<ReminderText> texts = new ArrayList<>();
    for (ReminderLevel level : ReminderLevel.values()) {
      for (String language : LANGUAGES) {
        texts.add(of(level, language));
      }
    }
    return texts;
  }

  /** Saves the tenant's text of a level in a language (invoices:edit). */
  @Transactional
  public ReminderText save(ReminderLevel level, String language, String subject, String body) {
    caller.require(Area.INVOICES, Action.EDIT);
    if (level == null || !LANGUAGES.contains(language)) {
      throw InvalidFieldsException.of("language", "collection.texts.language.invalid");
    }
    Map<String, String> invalid = new LinkedHashMap<>();
    String field = level.name().toLowerCase(Locale.ROOT) + "_" + language;
    if (subject == null
        || subject.isBlank()
        || subject.length() > MAX_SUBJECT
        || !TextValidator.clean(subject, false)) {
      invalid.put("subject_" + field, "collection.texts.subject.invalid");
    }
    if (body == null
        || body.isBlank()
        || body.length() > MAX_BODY
        || !TextValidator.clean(body, true)) {
      invalid.put("body_" + field, "collection.texts.body.invalid");
    }
    if (!invalid.isEmpty()) {
      throw new InvalidFieldsException(invalid);
    }
    ReminderText before = of(level, language);
    em.createNativeQuery(
            "INSERT INTO reminder_text (tenant_id, level, language, subject, body)"
                + " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (tenant_id, level, language)"
                + " DO UPDATE SET subject = EXCLUDED.subject, body = EXCLUDED.body,"
                + " version = reminder_text.version + 1")
        .setParameter(1, tenancy.currentTenantId().orElseThrow())
        .setParameter(2, level.name())
        .setParameter(3, language)
        .setParameter(4, subject.strip())
        .setParameter(5, body.strip())
        .executeUpdate();
    audit.record(
        "ReminderText",
        level.name() + "-" + language,
        before.custom() ? "UPDATE" : "CREATE",
        null,
        Changes.of()
            .field("subject", before.subject(), subject.strip())
            .field("body", before.body(), body.strip()));
    return of(level, language);
  }

  /**
   * Saves, in one transaction, the texts that differ from what the tenant has now (invoices:edit);
   * returns how many changed. A refused text refuses them all.
   */
  @Transactional
  public int saveAll(List<ReminderText> wanted) {
    caller.require(Area.INVOICES, Action.EDIT);
    int changed = 0;
    for (ReminderText text : wanted) {
      ReminderText now = of(text.level(), text.language());
      if (!now.subject().equals(text.subject()) || !now.body().equals(text.body())) {
        save(text.level(), text.language(), text.subject(), text.body());
        changed++;
      }
    }
    return changed;
  }

  static ReminderText bundled(ReminderLevel level, String language) {
    ResourceBundle bundle = Texts.bundle(Locale.forLanguageTag(language));
    String key = "collection.reminder." + level.name().toLowerCase(Locale.ROOT);
    return new ReminderText(
        level,
        language,
        bundle.getString(key + ".subject"),
        bundle.getString(key + ".body"),
        false);
  }
}
