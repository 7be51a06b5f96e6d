package vn.motcua.catalog.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.ResourceBundle;
import vn.motcua.catalog.FieldAdminService;
import vn.motcua.catalog.ProcedureRepository;
import vn.motcua.shared.problem.BusinessException;

/**
 * The administrator's fields: the list with how many procedures each holds (a few dozen rows, paged
 * in the browser), a form to add one, a dialog to rename one. Refusals are shown on the field they
 * concern.
 */
@Named
@ViewScoped
public class FieldsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private FieldAdminService admin;

  private List<ProcedureRepository.FieldCount> fields;
  private String newName;
  private String newCode;
  private String editedCode;
  private String seenName;
  private String editedName;

  @PostConstruct
  void init() {
    fields = admin.fields();
  }

  public void add() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      String code = admin.add(newCode, newName == null ? "" : newName);
      info(faces, text(faces, "fields.added") + " " + code);
      newName = null;
      newCode = null;
      fields = admin.fields();
    } catch (BusinessException e) {
      refuse(faces, e.code().contains("code") ? "fields:newCode" : "fields:newName", e);
    }
  }

  /** Opens the field the clicked button names (request parameter {@code field}). */
  public void edit() {
    String code =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("field");
    fields.stream()
        .filter(f -> f.code().equals(code))
        .findFirst()
        .ifPresent(
            f -> {
              editedCode = f.code();
              seenName = f.name();
              editedName = f.name();
            });
  }

  public void rename() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      admin.rename(editedCode, seenName, editedName == null ? "" : editedName);
      info(faces, text(faces, "fields.renamed"));
      fields = admin.fields();
    } catch (BusinessException e) {
      refuse(faces, "fields:editedName", e);
    }
  }

  private void refuse(FacesContext faces, String clientId, BusinessException e) {
    String key =
        switch (e.code()) {
          case "duplicate-field-code" -> "fields.duplicateCode";
          case "duplicate-field-name" -> "fields.duplicateName";
          case "malformed-field-code" -> "fields.malformedCode";
          case "edited-concurrently" -> "fields.conflict";
          default -> "fields.malformedName";
        };
    faces.addMessage(
        clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(faces, key), null));
    faces.validationFailed();
  }

  private static void info(FacesContext faces, String text) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  private static String text(FacesContext faces, String key) {
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    return bundle.getString(key);
  }

  public List<ProcedureRepository.FieldCount> getFields() {
    return fields;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public String getNewCode() {
    return newCode;
  }

  public void setNewCode(String newCode) {
    this.newCode = newCode;
  }

  public String getEditedCode() {
    return editedCode;
  }

  public String getEditedName() {
    return editedName;
  }

  public void setEditedName(String editedName) {
    this.editedName = editedName;
  }
}
