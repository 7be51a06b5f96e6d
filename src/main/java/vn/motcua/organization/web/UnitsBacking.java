package vn.motcua.organization.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.motcua.organization.NewUnit;
import vn.motcua.organization.OrgUnit;
import vn.motcua.organization.OrganizationAdminService;
import vn.motcua.organization.UnitDetails;
import vn.motcua.organization.UnitFilter;
import vn.motcua.shared.problem.BusinessException;
import vn.motcua.shared.web.PagedRows;

/**
 * The administrator's list of units, paged on the server and filtered by kind and name, and the
 * dialog that edits one unit's details. Keeps only the filter and the unit being edited.
 */
@Named
@ViewScoped
public class UnitsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A row of the list. */
  public record Row(
      long id,
      long version,
      String code,
      OrgUnit.Kind kind,
      String name,
      String phone,
      boolean confirmed,
      boolean closed)
      implements Serializable {

    /** Whether the administrator may close it: agencies and reception points only. */
    public boolean closable() {
      return !closed && OPENED_HERE.contains(kind);
    }
  }

  /** A center a reception point may open under. */
  public record Center(long id, String name) implements Serializable {}

  /** The kinds the administrator opens and closes; the rest follow the administrative map. */
  static final List<OrgUnit.Kind> OPENED_HERE =
      List.of(
          OrgUnit.Kind.RECEPTION_POINT,
          OrgUnit.Kind.PROVINCIAL_DEPARTMENT,
          OrgUnit.Kind.VERTICAL_AGENCY);

  @Inject private OrganizationAdminService organization;

  private OrgUnit.Kind kind;
  private String name;
  private LazyDataModel<Row> rows;

  private Long editedId;
  private long editedVersion;
  private String editedName;
  private String address;
  private String phone;
  private String openingHours;
  private String bankName;
  private String bankAccount;
  private String bankHolder;

  private List<Center> centers;
  private OrgUnit.Kind newKind;
  private String newCode;
  private String newName;
  private Long newParentId;
  private String newElectronicId;
  private String newAddress;
  private String newPhone;

  @PostConstruct
  void init() {
    rows = new UnitRows();
  }

  /** Opens the unit the clicked button names (request parameter {@code unit}). */
  public void edit() {
    String id =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("unit");
    OrgUnit unit;
    try {
      unit = organization.unit(Long.parseLong(id));
    } catch (NumberFormatException | BusinessException e) {
      editedId = null;
      return;
    }
    editedId = unit.id();
    editedVersion = unit.version();
    editedName = unit.name();
    UnitDetails details = unit.details();
    address = details.address();
    phone = details.phone();
    openingHours = details.openingHours();
    bankName = details.bankName();
    bankAccount = details.bankAccount();
    bankHolder = details.bankHolder();
  }

  public void save() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      organization.changeDetails(
          editedId,
          editedVersion,
          new UnitDetails(address, phone, openingHours, bankName, bankAccount, bankHolder));
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(faces, "units.saved"), null));
    } catch (BusinessException e) {
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(faces, "units.conflict"), null));
      faces.validationFailed();
    } catch (EJBException e) {
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(faces, "units.invalid"), null));
      faces.validationFailed();
    }
  }

  /** Prepares the dialog that opens a unit. */
  public void startOpening() {
    newKind = OrgUnit.Kind.RECEPTION_POINT;
    newCode = null;
    newName = null;
    newParentId = null;
    newElectronicId = null;
    newAddress = null;
    newPhone = null;
    if (centers == null) {
      centers = organization.centers().stream().map(c -> new Center(c.id(), c.name())).toList();
    }
  }

  public void openUnit() {
    FacesContext faces = FacesContext.getCurrentInstance();
    boolean point = newKind == OrgUnit.Kind.RECEPTION_POINT;
    try {
      organization.open(
          new NewUnit(
              newKind,
              newCode,
              newName,
              point ? newParentId : null,
              point ? newElectronicId : null,
              newAddress,
              newPhone));
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(faces, "units.opened"), null));
    } catch (BusinessException e) {
      String field =
          switch (e.code()) {
            case "duplicate-unit-code" -> "units:newCode";
            case "duplicate-electronic-id", "electronic-id-required" -> "units:newElectronicId";
            case "reception-point-needs-center" -> "units:newParent";
            default -> null;
          };
      faces.addMessage(
          field,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, text(faces, "units.refused." + e.code()), null));
      faces.validationFailed();
    } catch (EJBException e) {
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(faces, "units.invalid"), null));
      faces.validationFailed();
    }
  }

  /**
   * Closes the unit the clicked button names (request parameters {@code unit}, {@code version}).
   */
  public void close() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Map<String, String> parameters = faces.getExternalContext().getRequestParameterMap();
    try {
      organization.close(
          Long.parseLong(parameters.get("unit")), Long.parseLong(parameters.get("version")));
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(faces, "units.closedNow"), null));
    } catch (NumberFormatException e) {
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(faces, "units.invalid"), null));
    } catch (BusinessException e) {
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, text(faces, "units.refused." + e.code()), null));
    }
  }

  private static String text(FacesContext faces, String key) {
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    return bundle.getString(key);
  }

  /** The server-side pages of the list. */
  private final class UnitRows extends PagedRows<Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) organization.count(new UnitFilter(kind, name));
    }

    @Override
    public List<Row> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return organization.units(new UnitFilter(kind, name), first, pageSize).stream()
          .map(
              u ->
                  new Row(
                      u.id(),
                      u.version(),
                      u.code(),
                      u.kind(),
                      u.name(),
                      u.phone(),
                      u.confirmed(),
                      u.closed()))
          .toList();
    }

    @Override
    public String getRowKey(Row row) {
      return String.valueOf(row.id());
    }
  }

  public LazyDataModel<Row> getRows() {
    return rows;
  }

  public List<OrgUnit.Kind> getOpenableKinds() {
    return OPENED_HERE;
  }

  public List<Center> getCenters() {
    return centers;
  }

  public OrgUnit.Kind getNewKind() {
    return newKind;
  }

  public void setNewKind(OrgUnit.Kind newKind) {
    this.newKind = newKind;
  }

  public String getNewCode() {
    return newCode;
  }

  public void setNewCode(String newCode) {
    this.newCode = newCode;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public Long getNewParentId() {
    return newParentId;
  }

  public void setNewParentId(Long newParentId) {
    this.newParentId = newParentId;
  }

  public String getNewElectronicId() {
    return newElectronicId;
  }

  public void setNewElectronicId(String newElectronicId) {
    this.newElectronicId = newElectronicId;
  }

  public String getNewAddress() {
    return newAddress;
  }

  public void setNewAddress(String newAddress) {
    this.newAddress = newAddress;
  }

  public String getNewPhone() {
    return newPhone;
  }

  public void setNewPhone(String newPhone) {
    this.newPhone = newPhone;
  }

  public OrgUnit.Kind[] getKinds() {
    return OrgUnit.Kind.values();
  }

  public OrgUnit.Kind getKind() {
    return kind;
  }

  public void setKind(OrgUnit.Kind kind) {
    this.kind = kind;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEditedName() {
    return editedName;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getOpeningHours() {
    return openingHours;
  }

  public void setOpeningHours(String openingHours) {
    this.openingHours = openingHours;
  }

  public String getBankName() {
    return bankName;
  }

  public void setBankName(String bankName) {
    this.bankName = bankName;
  }

  public String getBankAccount() {
    return bankAccount;
  }

  public void setBankAccount(String bankAccount) {
    this.bankAccount = bankAccount;
  }

  public String getBankHolder() {
    return bankHolder;
  }

  public void setBankHolder(String bankHolder) {
    this.bankHolder = bankHolder;
  }
}
