package io.atrium.reception;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.atrium.shared.Horizon;
import io.atrium.testing.Api;
import io.atrium.testing.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;

/**
 * The demo tenants as the reception tests need them, read through the API (client side only):
 * tokens, centre and member ids, invitation bodies, and the QR code and calendar file of a mail.
 * Public for the tests of other packages that invite visitors ({@code TwoServersIT}).
 */
public final class DemoReception {

  /** Unique per run: the IT database survives builds. */
  static final String RUN = Long.toString(System.currentTimeMillis(), 36);

  public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Api api;

  public DemoReception(Api api) {
    this.api = api;
  }

  public String token(String tenant, String email) {
    // Per server too: the two-server test's servers sign with another key than the test server.
    return TOKENS.computeIfAbsent(
        api.base() + " " + tenant + "/" + email, k -> api.token(tenant, email));
  }

  String admin(String tenant) {
    return token(tenant, "admin@" + tenant + ".test");
  }

  JsonObject company(String tenant, String name) {
    var list =
        Api.json(
            api.get(
                "api/companies?size=100&q=" + URLEncoder.encode(name, StandardCharsets.UTF_8),
                admin(tenant)));
    return list.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("name").equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No company " + name));
  }

  long centreOf(String tenant, String companyName) {
    long id = company(tenant, companyName).getJsonNumber("id").longValue();
    return Api.json(api.get("api/companies/" + id, admin(tenant)))
        .getJsonNumber("homeCentreId")
        .longValue();
  }

  public long member(String tenant, String companyName, String email) {
    long company = company(tenant, companyName).getJsonNumber("id").longValue();
    return Api.jsonArray(api.get("api/companies/" + company + "/members", admin(tenant)))
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(m -> m.getString("email").equals(email))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No member " + email))
        .getJsonNumber("id")
        .longValue();
  }

  long tenantId(String tenant) {
    return Api.json(api.get("api/me", admin(tenant))).getJsonNumber("tenantId").longValue();
  }

  public long paris() {
    return centreOf("lumiere", "Studio Kaolin");
  }

  long lyon() {
    return centreOf("lumiere", "Nordlys Conseil");
  }

  /**
   * A day of its own for this run, so counts of a day are this run's only: one of the ~700 days
   * from next month to the planning horizon (two years), where no other test plans visits.
   */
  static LocalDate freshDay() {
    return LocalDate.now(PARIS).plusDays(32 + RANDOM.nextInt(Horizon.YEARS * 365 - 40));
  }

  public static JsonObjectBuilder visitor(
      Long centreId, Long hostId, String name, String email, LocalDate day) {
    JsonObjectBuilder form =
        Json.createObjectBuilder()
            .add("fullName", name)
            .add("email", email)
            .add("phone", "+33 6 12 34 56 78")
            .add("companyName", "Visiting Co " + RUN)
            .add("expectedDate", day.toString())
            .add("visitTime", "10:30:00")
            .add("purpose", "Meeting")
            .add("notes", "Allergic to cats");
    if (centreId != null) {
      form.add("centreId", centreId);
    }
    if (hostId != null) {
      form.add("hostId", hostId);
    }
    return form;
  }

  /** The token in the QR code attached to an invitation, read as a scanner would. */
  static String qrToken(MimeMessage mail) throws Exception {
    try (InputStream png = attachment(mail, "check-in-qr.png").getInputStream()) {
      var image = ImageIO.read(png);
      int[] pixels =
          image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
      var bitmap =
          new BinaryBitmap(
              new HybridBinarizer(
                  new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
      return new QRCodeReader().decode(bitmap).getText();
    }
  }

  static Part attachment(MimeMessage mail, String fileName) throws Exception {
    Multipart parts = (Multipart) mail.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      Part part = parts.getBodyPart(i);
      if (fileName.equals(part.getFileName())) {
        return part;
      }
    }
    throw new AssertionError("No attachment " + fileName);
  }

  static String text(Part part) throws Exception {
    try (InputStream in = part.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Runs one statement as the application's role with the tenant bound (setting up a case). */
  static void execute(long tenantId, String sql) {
    TestDatabase.updateFromClient(tenantId, sql);
  }

  static byte[] bytes(Part part) throws Exception {
    try (InputStream in = part.getInputStream()) {
      return in.readAllBytes();
    }
  }

  static InputStream stream(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }
}
