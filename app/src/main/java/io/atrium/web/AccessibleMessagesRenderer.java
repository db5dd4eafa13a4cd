package io.atrium.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import java.util.List;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages (p:messages, the top of every page and a few dialogs), with their alert
 * moved from each {@code <li>} to a block around the list. PrimeFaces 15 writes {@code <li
 * role="alert">}: an item with another role is no longer a list item, so its {@code <ul>} holds
 * none (axe-core rule "list", serious) on every page while a message shows. The alert stays one
 * level up rather than going: an ajax update replaces the whole messages element, and screen
 * readers announce an alert that appears, not reliably a polite live region that appears. Classes
 * and the rest of the markup, which the theme and tests read, are unchanged.
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {

  @Override
  protected void encodeMessages(
      FacesContext context, Messages messages, String severity, List<FacesMessage> shown)
      throws IOException {
    ResponseWriter writer = context.getResponseWriter();
    context.setResponseWriter(new AlertAroundList(writer));
    try {
      super.encodeMessages(context, messages, severity, shown);
    } finally {
      context.setResponseWriter(writer);
    }
  }

  /** Wraps the one list of a severity in an alert and keeps roles off its items. */
  private static final class AlertAroundList extends ResponseWriterWrapper {

    private String element;

    AlertAroundList(ResponseWriter wrapped) {
      super(wrapped);
    }

    @Override
    public void startElement(String name, UIComponent component) throws IOException {
      if ("ul".equals(name)) {
        super.startElement("div", component);
        super.writeAttribute("role", "alert", null);
      }
      super.startElement(name, component);
      element = name;
    }

    @Override
    public void writeAttribute(String name, Object value, String property) throws IOException {
      boolean itemRole = "role".equals(name) || "aria-atomic".equals(name);
      if (!("li".equals(element) && itemRole)) {
        super.writeAttribute(name, value, property);
      }
    }

    @Override
    public void endElement(String name) throws IOException {
      super.endElement(name);
      if ("ul".equals(name)) {
        super.endElement("div");
      }
    }
  }
}
