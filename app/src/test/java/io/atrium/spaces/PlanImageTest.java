package io.atrium.spaces;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.files.FileKind;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a floor plan upload accepts: real PNGs and passive SVGs, with their size read. */
class PlanImageTest {

  private static PlanImage read(byte[] content) {
    return PlanImage.read(new ByteArrayInputStream(content), 1024 * 1024);
  }

  private static PlanImage svg(String text) {
    return read(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String refusal(String svgText) {
    return assertThrows(InvalidFieldsException.class, () -> svg(svgText)).fieldKeys().get("plan");
  }

  static byte[] png(int width, int height) throws IOException {
    var out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
    return out.toByteArray();
  }

  @Test
  void aPngKeepsItsSizeFromItsHeader() throws IOException {
    PlanImage plan = read(png(640, 480));
    assertEquals(FileKind.PNG, plan.kind());
    assertEquals(640, plan.width());
    assertEquals(480, plan.height());
  }

  @Test
  void anSvgTakesItsSizeFromWidthAndHeightElseItsViewBox() {
    PlanImage sized =
        svg("<svg xmlns='http://www.w3.org/2000/svg' width='800px' height='600'><rect/></svg>");
    assertEquals(FileKind.SVG, sized.kind());
    assertEquals(800, sized.width());
    assertEquals(600, sized.height());
    PlanImage boxed =
        svg(
            "<?xml version='1.0'?><!DOCTYPE svg PUBLIC '-//W3C//DTD SVG 1.1//EN'"
                + " 'http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd'>"
                + "<svg xmlns='http://www.w3.org/2000/svg' width='100%' viewBox='0 0 1200.5 300'>"
                + "<defs><linearGradient id='g'/></defs><rect fill='url(#g)'/>"
                + "<use href='#g'/></svg>");
    assertEquals(1201, boxed.width());
    assertEquals(300, boxed.height());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<svg xmlns='http://www.w3.org/2000/svg' width='9' height='9'><script>alert(1)</script></svg>",
        "<svg xmlns='http://www.w3.org/2000/svg' width='9' height='9' onload='alert(1)'/>",
        "<svg xmlns='http://www.w3.org/2000/svg' width='9' height='9'><rect OnClick='x()'/></svg>",
        "<svg xmlns='http://www.w3.org/2000/svg' width='9' height='9'><foreignObject/></svg>",
        "<svg xmlns='http://www.w3.org/2000/svg' xmlns:x='http://www.w3.org/1999/xlink' width='9'"
            + " height='9'><image x:href='https://evil.example/p.png'/></svg>",
        "<svg xmlns='http://www.w3.org/2000/svg' width='9' height='9'><a href='javascript:x()'/></svg>",
        "<svg xmlns='http://www.w3.org/2000/svg' width='9' height='9'><rect"
            + " style='fill:url(https://evil.example/)'/></svg>",
        "<svg xmlns='http://www.w3.org/2000/svg' width='9' height='9'><style>@import"
            + " 'https://evil.example/x.css';</style></svg>",
        "<svg xmlns='http://www.w3.org/2000/svg' width='9' height='9'><set attributeName='href'"
            + " to='x'/></svg>",
        "<?xml-stylesheet href='https://evil.example/x.css'?><svg"
            + " xmlns='http://www.w3.org/2000/svg' width='9' height='9'/>",
        "<!DOCTYPE svg [<!ENTITY a 'aaaaaaaa'>]><svg xmlns='http://www.w3.org/2000/svg' width='9'"
            + " height='9'><text>&a;</text></svg>",
        "<svg xmlns='http://www.w3.org/2000/svg' width='9' height='9'><h:p"
            + " xmlns:h='http://www.w3.org/1999/xhtml'/></svg>"
      })
  void activeSvgIsRefused(String text) {
    assertEquals("plan.rejected.active", refusal(text));
  }

  @Test
  void whatIsNotAPlanIsRefusedForWhatItIs() {
    assertEquals("plan.rejected.type", refusal("<?php system($_GET['c']); ?>"));
    assertEquals("plan.rejected.type", refusal("<html><body>plan</body></html>"));
    assertEquals("plan.rejected.type", refusal("<svg width='9' height='9'/>"));
    assertEquals("plan.rejected.dimensions", refusal("<svg xmlns='http://www.w3.org/2000/svg'/>"));
    assertEquals(
        "plan.rejected.dimensions",
        refusal("<svg xmlns='http://www.w3.org/2000/svg' width='90000' height='9'/>"));
    assertEquals(
        "file.rejected.empty",
        assertThrows(InvalidFieldsException.class, () -> read(new byte[0]))
            .fieldKeys()
            .get("plan"));
    byte[] big = new byte[2048];
    assertEquals(
        "file.rejected.size",
        assertThrows(
                InvalidFieldsException.class,
                () -> PlanImage.read(new ByteArrayInputStream(big), 1024))
            .fieldKeys()
            .get("plan"));
  }

  @Test
  void anOutlineIsThreeToFiftyFractionsKeptToFourDecimals() {
    assertEquals("0.1,0.2 0.5,0.2 0.5,0.9", Shape.normalise(" 0.1,0.2 0.50,0.2 0.5,0.9 "));
    assertEquals("0.1235,0 1,1 0,1", Shape.normalise("0.123456,0 1,1 0,1"));
    assertEquals(null, Shape.normalise("  "));
    for (String bad :
        new String[] {
          "0.1,0.2 0.5,0.2",
          "0.1,0.2 0.5,0.2 1.1,0.3",
          "-0.1,0.2 0.5,0.2 0.5,0.3",
          "0.1,0.2 0.5,0.2 0.5,NaN",
          "0.1;0.2 0.5,0.2 0.5,0.3",
          "0.1,0.2  0.5,0.2 0.5,0.3",
          "1e-1,0.2 0.5,0.2 0.5,0.3",
          "0.1,0.2,0.3 0.5,0.2 0.5,0.3",
          "0.5,0.5 ".repeat(51).strip()
        }) {
      assertThrows(IllegalArgumentException.class, () -> Shape.parse(bad), bad);
    }
    assertEquals(
        "100.0,50.0 200.0,50.0 200.0,150.0",
        Shape.parse("0.25,0.25 0.5,0.25 0.5,0.75").inPixels(400, 200));
    assertArrayEquals(
        new double[] {150, 100},
        Shape.parse("0.25,0.25 0.5,0.25 0.5,0.75").centreInPixels(400, 200));
  }
}
