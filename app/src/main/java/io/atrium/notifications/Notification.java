package io.atrium.notifications;

import static io.atrium.shared.Jsonp.JSON;

import io.atrium.identity.AtriumPrincipal;
import io.atrium.shared.InstantConverter;
import io.atrium.shared.format.Formats;
import io.atrium.shared.i18n.Texts;
import io.atrium.tenancy.TenantEntity;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A notice in one person's bell, rendered in their profile's language when it was created and again
 * in the reader's current language when shown ({@link #titleIn}): its template and parameters are
 * kept with it, its days, times, numbers and labels as values ({@link NoticeValue}) so that they
 * are written in that language too. Notices stored before kept them as text, in the language they
 * were written in, and show that text. Unread until the person opens it or marks all read; only its
 * recipient may do either.
 */
@Entity
@Table(name = "notification")
public class Notification extends TenantEntity {

  @Enumerated(EnumType.STRING)
  @Column(name = "recipient_kind")
  private AtriumPrincipal.Kind recipientKind;

  @Column(name = "recipient_id")
  private long recipientId;

  private String title;
  private String body;
  private String link;

  /** The bundle template ({@code notice.<template>.title/.body}); null for older notices. */
  private String template;

  /**
   * The template's parameters as a JSON object: strings, and objects for days, times, numbers and
   * labels ({@link NoticeValue#toJson}).
   */
  private String params;

  @Column(name = "created_at")
  @Convert(converter = InstantConverter.class)
  private Instant createdAt;

  @Column(name = "read_at")
  @Convert(converter = InstantConverter.class)
  private Instant readAt;

  protected Notification() {}

  Notification(
      AtriumPrincipal.Kind recipientKind,
      long recipientId,
      String title,
      String body,
      String link,
      Instant now,
      String template,
      Map<String, String> params,
      Map<String, ? extends NoticeValue> values) {
    this.recipientKind = recipientKind;
    this.template = template;
    this.params = toJson(params, values);
    this.recipientId = recipientId;
    this.title = title;
    this.body = body;
    this.link = link;
    this.createdAt = now;
  }

  public boolean isFor(AtriumPrincipal person) {
    return person.kind() == recipientKind && person.personId() == recipientId;
  }

  /** Idempotent: the first reading time stays. */
  void markRead(Instant now) {
    if (readAt == null) {
      readAt = now;
    }
  }

  public boolean isUnread() {
    return readAt == null;
  }

  public AtriumPrincipal.Kind getRecipientKind() {
    return recipientKind;
  }

  public long getRecipientId() {
    return recipientId;
  }

  /** The title in this language (the one the reader's page is in). */
  public String titleIn(Locale language) {
    return titleIn(Formats.of(language, null));
  }

  /** The title as a reader with these formats reads it: their language and their region's dates. */
  public String titleIn(Formats reader) {
    return template == null
        ? title
        : Templates.oneLine(
            Templates.render(
                "notice." + template + ".title", language(reader), fromJson(params, reader)));
  }

  /** The body in this language, null when the notice has none. */
  public String bodyIn(Locale language) {
    return bodyIn(Formats.of(language, null));
  }

  public String bodyIn(Formats reader) {
    return template == null
        ? body
        : Templates.renderOptional(
            "notice." + template + ".body", language(reader), fromJson(params, reader));
  }

  private static Locale language(Formats reader) {
    return Texts.supported(reader.getLocale());
  }

  private static String toJson(
      Map<String, String> texts, Map<String, ? extends NoticeValue> values) {
    JsonObjectBuilder json = JSON.createObjectBuilder();
    if (texts != null) {
      texts.forEach(json::add);
    }
    if (values != null) {
      values.forEach((name, value) -> json.add(name, value.toJson()));
    }
    return json.build().toString();
  }

  /** The parameters as this reader reads them; text stored by older notices stays as it is. */
  private static Map<String, String> fromJson(String text, Formats reader) {
    Map<String, String> values = new HashMap<>();
    if (text != null) {
      try (JsonReader json = JSON.createReader(new StringReader(text))) {
        json.readObject().forEach((name, value) -> values.put(name, shown(value, reader)));
      }
    }
    return values;
  }

  private static String shown(JsonValue value, Formats reader) {
    return value.getValueType() == JsonValue.ValueType.OBJECT
        ? NoticeValue.fromJson((JsonObject) value).shownWith(reader)
        : ((JsonString) value).getString();
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }

  public String getLink() {
    return link;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getReadAt() {
    return readAt;
  }
}
