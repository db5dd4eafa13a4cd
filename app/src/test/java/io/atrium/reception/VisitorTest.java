package io.atrium.reception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.tenancy.Centre;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class VisitorTest {

  private static final Instant NOW = Instant.parse("2026-03-10T09:15:00Z");

  static Visitor visitor() {
    NewVisitor form = new NewVisitor();
    form.setFullName("  Ada Lovelace ");
    form.setEmail("Ada@Example.TEST");
    form.setCompanyName("Analytical Engines");
    form.setExpectedDate(LocalDate.of(2026, 3, 10));
    form.setVisitTime(LocalTime.of(10, 30));
    Centre centre = new Centre("PAR1", "Lumière; Paris, 10e", "FR", "Europe/Paris", "EUR");
    return new Visitor(
        centre,
        form,
        new Host(7, 3L, "Léa Fontaine", "lea@kaolin.test", "fr"),
        new Inviter(AtriumPrincipal.Kind.STAFF, 9, "Inès Benali"),
        NOW);
  }

  @Test
  void aVisitorLetInOnAnotherDayIsOnTheDayTheyCame() {
    Visitor v = visitor();
    // 23:30 in Paris on the 9th, the evening before the invitation.
    v.arrive(Instant.parse("2026-03-09T22:30:00Z"));
    assertEquals(LocalDate.of(2026, 3, 9), v.getExpectedDate());
  }

  @Test
  void theFullFlowKeepsEveryStepsInstant() {
    Visitor v = visitor();
    assertEquals("Ada Lovelace", v.getFullName());
    assertEquals("ada@example.test", v.getEmail());
    v.arrive(NOW.plusSeconds(60));
    v.approve(7, NOW.plusSeconds(120));
    v.checkIn(NOW.plusSeconds(180));
    v.checkOut(NOW.plusSeconds(3600));
    assertEquals(Visitor.State.CHECKED_OUT, v.getState());
    assertEquals(NOW.plusSeconds(60), v.getArrivedAt());
    assertEquals(NOW.plusSeconds(120), v.getDecidedAt());
    assertEquals(7L, v.getDecidedById());
    assertEquals(NOW.plusSeconds(180), v.getCheckedInAt());
    assertEquals(NOW.plusSeconds(3600), v.getCheckedOutAt());
  }

  @Test
  void illegalStepsAreRefused() {
    Visitor v = visitor();
    assertThrows(IllegalVisitorStepException.class, () -> v.approve(7, NOW));
    assertThrows(IllegalVisitorStepException.class, () -> v.checkIn(NOW));
    assertThrows(IllegalVisitorStepException.class, () -> v.checkOut(NOW));
    v.arrive(NOW);
    assertThrows(IllegalVisitorStepException.class, () -> v.arrive(NOW));
    assertThrows(IllegalVisitorStepException.class, () -> v.markNoShow(NOW));
    assertThrows(IllegalVisitorStepException.class, () -> v.checkIn(NOW));
    v.decline(7, NOW);
    assertEquals(Visitor.State.DECLINED, v.getState());
    var refused = assertThrows(IllegalVisitorStepException.class, () -> v.approve(7, NOW));
    assertEquals(409, refused.status());
    assertEquals(Visitor.State.DECLINED, refused.state());
  }

  @Test
  void onlyAnExpectedVisitorIsANoShowOrTakesItsToken() {
    Visitor v = visitor();
    v.expectWithToken(CheckInCodes.hash("secret"));
    assertTrue(v.tokenUsable());
    v.arriveWithToken(NOW);
    assertFalse(v.tokenUsable(), "single use");
    assertEquals(NOW, v.getTokenUsedAt());
    Visitor other = visitor();
    other.markNoShow(NOW);
    assertEquals(Visitor.State.NO_SHOW, other.getState());
    assertFalse(other.tokenUsable());
  }

  @Test
  void aPurgeBlanksPersonalDataAndKeepsTheRecord() {
    Visitor v = visitor();
    v.arrive(NOW);
    v.approve(7, NOW);
    v.checkIn(NOW);
    v.checkOut(NOW.plusSeconds(60));
    v.purge(NOW.plusSeconds(120));
    assertNull(v.getFullName());
    assertNull(v.getEmail());
    assertNull(v.getCompanyName());
    assertTrue(v.isPurged());
    assertEquals(Visitor.State.CHECKED_OUT, v.getState());
    assertEquals(NOW.plusSeconds(60), v.getCheckedOutAt(), "the check-out stays for good");
    assertEquals("Léa Fontaine", v.getHostName());
  }

  @Test
  void theQrCodeReadsBackAsTheTokenWithTheDetectorScannersUse() throws Exception {
    String token = CheckInCodes.newToken();
    assertEquals(32, token.length());
    assertEquals(token, scanned(CheckInCodes.qrPng(token)));
    assertEquals(64, CheckInCodes.hash(token).length());
    assertEquals(CheckInCodes.hash(token), CheckInCodes.hash(" " + token + "\n"));
  }

  @Test
  void tokensWhoseFirstCodeHidesItsFinderPatternsStillGiveACodeThatReads() throws Exception {
    // Drawn with the encoder's preferred mask, these read as nothing (NotFoundException): one
    // token in about a hundred does that, which failed a reception test on CI.
    for (String token :
        List.of(
            "mUBwYjnIIbOydHZAkrHa8YmbX_XuDok7",
            "CZqhPUNLwDT7geBObLoV6tJObldY3gI2",
            "in2lmfGL1ROa5f3n0UViEHL0dwouBG43")) {
      assertEquals(token, scanned(CheckInCodes.qrPng(token)));
    }
    for (int i = 0; i < 500; i++) {
      String token = CheckInCodes.newToken();
      assertEquals(token, scanned(CheckInCodes.qrPng(token)));
    }
  }

  /** Read as a camera image is: ZXing's finder-pattern detector, no hint that it is pure. */
  private static String scanned(byte[] png) throws Exception {
    var image = ImageIO.read(new ByteArrayInputStream(png));
    int[] pixels =
        image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    var bitmap =
        new BinaryBitmap(
            new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
    return new QRCodeReader().decode(bitmap).getText();
  }

  @Test
  void theCalendarFileIsAnEventInUtcWithEscapedText() {
    String ics =
        new String(
            CalendarFile.of(visitor(), "Visite chez Léa, PAR1", "Code: abc", NOW),
            StandardCharsets.UTF_8);
    assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"), ics);
    assertTrue(ics.contains("DTSTART:20260310T093000Z\r\n"), "10:30 in Paris is 09:30 UTC: " + ics);
    assertTrue(ics.contains("DTEND:20260310T103000Z\r\n"), ics);
    assertTrue(ics.contains("SUMMARY:Visite chez Léa\\, PAR1\r\n"), ics);
    assertTrue(ics.contains("LOCATION:Lumière\\; Paris\\, 10e\r\n"), ics);
    assertTrue(ics.endsWith("END:VCALENDAR\r\n"), ics);
    String longLine = CalendarFile.fold("DESCRIPTION:" + "é".repeat(60));
    for (String line : longLine.split("\r\n")) {
      assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
    }
  }
}
