package io.atrium.invoicing.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Indian English amounts as tax invoices print them: lakh and crore, paise, "Only". */
class AmountInWordsTest {

  private static String words(String amount) {
    return AmountInWords.rupees(new BigDecimal(amount));
  }

  @Test
  void theIssuesExampleInCroreLakhAndPaise() {
    assertEquals(
        "Rupees One Crore Twenty-Three Lakh Forty-Five Thousand Six Hundred Seventy-Eight and"
            + " Fifty Paise Only",
        words("12345678.50"));
  }

  @Test
  void roundAmountsHaveNoPaiseAndNoEmptyGroups() {
    assertEquals("Rupees One Lakh Only", words("100000"));
    assertEquals("Rupees Ten Crore Only", words("100000000.00"));
    assertEquals("Rupees One Thousand One Hundred Eighty Only", words("1180.00"));
    assertEquals("Rupees Zero and Five Paise Only", words("0.05"));
    assertEquals("Rupees Zero Only", words("0"));
  }

  @Test
  void teensTensAndHyphensBelowAHundred() {
    assertEquals("Rupees Nineteen Only", words("19"));
    assertEquals(
        "Rupees Ninety-Nine Lakh Ninety-Nine Thousand Nine Hundred Ninety-Nine and"
            + " Ninety-Nine Paise Only",
        words("9999999.99"));
    assertEquals("Rupees Eleven Thousand Eight Hundred and Twelve Paise Only", words("11800.12"));
  }

  @Test
  void aHundredCroreAndAboveCountsCroresInTheSameSystem() {
    assertEquals("Rupees One Lakh Crore Only", words("1000000000000"));
    assertEquals("Rupees One Hundred Twenty-Three Crore Only", words("1230000000"));
  }

  @Test
  void halfAPaisaRoundsUpAndTheSignIsLeftOut() {
    assertEquals("Rupees Ten and One Paise Only", words("10.005"));
    assertEquals("Rupees Five Hundred Only", words("-500"));
  }
}
