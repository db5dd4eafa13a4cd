package io.atrium.spaces;

import io.atrium.shared.InvalidFieldsException;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The SVG plans accepted: a plan is a drawing, and an SVG is a document that can run scripts and
 * fetch other files, so only passive drawings pass. Refused (package rule 2): a DOCTYPE with
 * declarations of its own and entities (no XML bombs, no external entities; a plain SVG 1.1 DOCTYPE
 * is read, never fetched), processing instructions such as {@code xml-stylesheet}, {@code script},
 * {@code foreignObject}, {@code iframe}, {@code embed}, {@code object}, {@code handler} and XHTML
 * elements, any {@code on…} event-handler attribute, animations that set an {@code href} or a
 * handler, and every reference outside the file: an {@code href} that is not {@code #fragment} or
 * an embedded raster image ({@code data:image/png|jpeg|gif|webp}), and {@code url(…)} other than
 * {@code url(#…)}, {@code @import} or {@code javascript:} in styles and attribute values. The root
 * must be {@code <svg>} in the SVG namespace with a size: width and height in pixels, else its
 * viewBox.
 */
final class SafeSvg {

  private static final String SVG_NS = "http://www.w3.org/2000/svg";
  private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
  private static final Set<String> ACTIVE_ELEMENTS =
      Set.of("script", "foreignobject", "iframe", "embed", "object", "handler", "listener");
  private static final Set<String> ANIMATIONS =
      Set.of("set", "animate", "animatemotion", "animatetransform", "animatecolor");
  private static final Pattern OUTSIDE =
      Pattern.compile(
          "url\\s*\\(\\s*['\"]?\\s*(?!#)|@import|javascript\\s*:|expression\\s*\\(",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern EMBEDDED_IMAGE =
      Pattern.compile("data:image/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\\s]*");
  private static final Pattern PIXELS = Pattern.compile("\\s*(\\d{1,6}(\\.\\d+)?)\\s*(px)?\\s*");

  private SafeSvg() {}

  /**
   * @return the plan's width and height in pixels
   * @throws InvalidFieldsException on {@code plan}: not an SVG, active content, or no size
   */
  static int[] check(byte[] content) {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    int[] size = null;
    boolean inStyle = false;
    try {
      XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(content));
      while (xml.hasNext()) {
        switch (xml.next()) {
          case XMLStreamConstants.DTD -> {
            if (xml.getText().contains("[")) {
              throw active();
            }
          }
          case XMLStreamConstants.ENTITY_REFERENCE, XMLStreamConstants.ENTITY_DECLARATION ->
              throw active();
          case XMLStreamConstants.PROCESSING_INSTRUCTION -> {
            // Before any element, anything but a style sheet means another kind of file (PHP...).
            if (size == null && !"xml-stylesheet".equals(xml.getPITarget())) {
              throw InvalidFieldsException.of(PlanImage.FIELD, "plan.rejected.type");
            }
            throw active();
          }
          case XMLStreamConstants.START_ELEMENT -> {
            if (size == null) {
              size = root(xml);
            }
            element(xml);
            inStyle = "style".equalsIgnoreCase(xml.getLocalName());
          }
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
            if (inStyle && OUTSIDE.matcher(xml.getText()).find()) {
              throw active();
            }
          }
          case XMLStreamConstants.END_ELEMENT -> inStyle = false;
          default -> {}
        }
      }
      xml.close();
    } catch (XMLStreamException | RuntimeException e) {
      if (e instanceof InvalidFieldsException refused) {
        throw refused;
      }
      throw InvalidFieldsException.of(PlanImage.FIELD, "plan.rejected.type");
    }
    if (size == null) {
      throw InvalidFieldsException.of(PlanImage.FIELD, "plan.rejected.type");
    }
    return size;
  }

  private static int[] root(XMLStreamReader xml) {
    if (!"svg".equals(xml.getLocalName()) || !SVG_NS.equals(xml.getNamespaceURI())) {
      throw InvalidFieldsException.of(PlanImage.FIELD, "plan.rejected.type");
    }
    Matcher width = PIXELS.matcher(String.valueOf(xml.getAttributeValue(null, "width")));
    Matcher height = PIXELS.matcher(String.valueOf(xml.getAttributeValue(null, "height")));
    if (width.matches() && height.matches()) {
      return new int[] {
        PlanImage.side(Double.parseDouble(width.group(1))),
        PlanImage.side(Double.parseDouble(height.group(1)))
      };
    }
    String viewBox = xml.getAttributeValue(null, "viewBox");
    String[] box = viewBox == null ? new String[0] : viewBox.strip().split("[\\s,]+");
    if (box.length != 4) {
      throw InvalidFieldsException.of(PlanImage.FIELD, "plan.rejected.dimensions");
    }
    try {
      return new int[] {
        PlanImage.side(Double.parseDouble(box[2])), PlanImage.side(Double.parseDouble(box[3]))
      };
    } catch (NumberFormatException e) {
      throw InvalidFieldsException.of(PlanImage.FIELD, "plan.rejected.dimensions");
    }
  }

  private static void element(XMLStreamReader xml) {
    String name = xml.getLocalName().toLowerCase(Locale.ROOT);
    if (ACTIVE_ELEMENTS.contains(name) || XHTML_NS.equals(xml.getNamespaceURI())) {
      throw active();
    }
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      String attribute = xml.getAttributeLocalName(i).toLowerCase(Locale.ROOT);
      String value = xml.getAttributeValue(i);
      if (attribute.startsWith("on") || OUTSIDE.matcher(value).find()) {
        throw active();
      }
      if (attribute.equals("href") && !value.strip().startsWith("#")) {
        if (!EMBEDDED_IMAGE.matcher(value.strip()).matches()) {
          throw active();
        }
      }
      if (ANIMATIONS.contains(name) && attribute.equals("attributename")) {
        String target = value.strip().toLowerCase(Locale.ROOT);
        if (target.endsWith("href") || target.startsWith("on")) {
          throw active();
        }
      }
    }
  }

  private static InvalidFieldsException active() {
    return InvalidFieldsException.of(PlanImage.FIELD, "plan.rejected.active");
  }
}
