package io.atrium.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.fileupload.FileUpload;
import org.primefaces.component.fileupload.FileUploadRenderer;

/**
 * PrimeFaces' file upload, minus the {@code aria-hidden="true"} its simple mode puts on the visible
 * file input: a control people can tab to and use must not be hidden from screen readers (axe-core
 * rule aria-hidden-focus, "serious"), and its label would be lost with it. The skinned mode, which
 * hides the input behind its own button, keeps it.
 */
public class AccessibleFileUploadRenderer extends FileUploadRenderer {

  @Override
  protected void encodeSimpleInputField(
      FacesContext context, FileUpload upload, String clientId, String style, String styleClass)
      throws IOException {
    if (upload.isSkinSimple()) {
      super.encodeSimpleInputField(context, upload, clientId, style, styleClass);
      return;
    }
    ResponseWriter writer = context.getResponseWriter();
    context.setResponseWriter(new NotAriaHidden(writer));
    try {
      super.encodeSimpleInputField(context, upload, clientId, style, styleClass);
    } finally {
      context.setResponseWriter(writer);
    }
  }

  private static final class NotAriaHidden extends ResponseWriterWrapper {

    NotAriaHidden(ResponseWriter wrapped) {
      super(wrapped);
    }

    @Override
    public void writeAttribute(String name, Object value, String property) throws IOException {
      if (!"aria-hidden".equals(name)) {
        super.writeAttribute(name, value, property);
      }
    }
  }
}
