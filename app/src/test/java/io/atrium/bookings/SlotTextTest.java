package io.atrium.bookings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** A booking's slot as its consumption and refusals write it: day first, on the centre's clock. */
class SlotTextTest {

  @Test
  void aSlotIsWrittenDayFirstOnItsCentresClock() {
    Instant start = Instant.parse("2027-05-03T09:00:00Z");
    Instant end = Instant.parse("2027-05-03T10:00:00Z");
    assertEquals("03/05/2027 14:30–15:30", SlotText.of(start, end, ZoneId.of("Asia/Kolkata")));
    assertEquals("03/05/2027 11:00–12:00", SlotText.of(start, end, ZoneId.of("Europe/Paris")));
  }
}
