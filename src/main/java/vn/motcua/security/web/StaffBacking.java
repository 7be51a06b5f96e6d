package vn.motcua.security.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.motcua.organization.OrganizationService;
import vn.motcua.security.AccountAdminService;
import vn.motcua.security.AccountFilter;
import vn.motcua.security.AccountProfile;
import vn.motcua.security.AccountRefusal;
import vn.motcua.security.AccountSummary;
import vn.motcua.security.NewAccount;
import vn.motcua.security.Role;
import vn.motcua.shared.problem.BusinessException;
import vn.motcua.shared.web.PagedRows;

/**
 * The administrator's list of staff accounts, paged on the server and filtered by words of the
 * name, unit, role and status, with the dialogs that create an account, change one and reset its
 * password. Keeps the filter, the units to choose from and the account being edited; a password
 * only until the request that sets it ends.
 */
@Named
@ViewScoped
public class StaffBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A unit to choose. */
  public record UnitOption(long id, String name) implements Serializable {}

  /** The dialog a request came from: where a refusal is shown. */
  enum Dialog {
    CREATE,
    EDIT,
    PASSWORD,
    LIST
  }

  @Inject private AccountAdminService accounts;
  @Inject private OrganizationService organization;

  private String text;
  private Long unitFilter;
  private Role roleFilter;
  private Boolean enabledFilter;
  private LazyDataModel<AccountSummary> rows;
  private List<UnitOption> units;

  private String username;
  private String password;
  private boolean secondFactorToo;
  private String fullName;
  private Long unitId;
  private Role[] roles;

  private Long editedId;
  private long editedVersion;
  private String editedUsername;

  @PostConstruct
  void init() {
    rows = new AccountRows();
  }

  /** Clears the create dialog. */
  public void startCreate() {
    username = null;
    password = null;
    fullName = null;
    unitId = null;
    roles = new Role[0];
  }

  public void create() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      AccountSummary created =
          accounts.create(
              new NewAccount(username == null ? null : username.strip(), profile(), password));
      info(faces, "staff.created", created.username());
    } catch (BusinessException e) {
      refuse(faces, e, Dialog.CREATE);
    } catch (EJBException e) {
      invalid(faces);
    } finally {
      password = null;
    }
  }

  /** Opens the account the clicked button names (request parameter {@code account}). */
  public void edit() {
    AccountSummary account = requested();
    if (account == null) {
      return;
    }
    editedId = account.id();
    editedVersion = account.version();
    editedUsername = account.username();
    fullName = account.fullName();
    unitId = account.unitId();
    roles = account.roles().toArray(Role[]::new);
  }

  public void save() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (editedId == null) {
      return;
    }
    try {
      accounts.change(editedId, editedVersion, profile());
      info(faces, "staff.saved", editedUsername);
    } catch (BusinessException e) {
      refuse(faces, e, Dialog.EDIT);
    } catch (EJBException e) {
      invalid(faces);
    }
  }

  /** Opens the password dialog for the account the clicked button names. */
  public void startPasswordReset() {
    AccountSummary account = requested();
    if (account == null) {
      return;
    }
    editedId = account.id();
    editedUsername = account.username();
    password = null;
    secondFactorToo = false;
  }

  public void resetPassword() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (editedId == null) {
      return;
    }
    try {
      accounts.resetPassword(editedId, password, secondFactorToo);
      info(faces, "staff.passwordReset", editedUsername);
    } catch (BusinessException e) {
      refuse(faces, e, Dialog.PASSWORD);
    } catch (EJBException e) {
      invalid(faces);
    } finally {
      password = null;
    }
  }

  /**
   * Disables or enables the account the clicked button names (parameters {@code account}, {@code
   * version} as the list showed it, and {@code enabled}).
   */
  public void setEnabled() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Map<String, String> parameters = faces.getExternalContext().getRequestParameterMap();
    long id;
    long version;
    try {
      id = Long.parseLong(parameters.get("account"));
      version = Long.parseLong(parameters.get("version"));
    } catch (NumberFormatException e) {
      return; // only a hand-made request gets here
    }
    boolean enabled = Boolean.parseBoolean(parameters.get("enabled"));
    try {
      AccountSummary account = accounts.setEnabled(id, version, enabled);
      info(faces, enabled ? "staff.enabledNow" : "staff.disabledNow", account.username());
    } catch (BusinessException e) {
      refuse(faces, e, Dialog.LIST);
    }
  }

  private AccountSummary requested() {
    String id =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("account");
    try {
      return accounts.account(Long.parseLong(id));
    } catch (NumberFormatException | BusinessException e) {
      editedId = null;
      return null;
    }
  }

  private AccountProfile profile() {
    Set<Role> chosen = EnumSet.noneOf(Role.class);
    if (roles != null) {
      chosen.addAll(List.of(roles));
    }
    return new AccountProfile(fullName, unitId, chosen);
  }

  /**
   * The field of the dialog that shows a refusal, as its id in the form; null for the messages
   * above the dialog or the list.
   */
  static String fieldOf(AccountRefusal refusal, Dialog dialog) {
    return switch (refusal) {
      case USERNAME_TAKEN -> "username";
      case UNIT_REQUIRED, UNIT_NOT_FOUND -> dialog == Dialog.EDIT ? "edit-unit" : "unit";
      case PASSWORD_TOO_SHORT, PASSWORD_TOO_LONG, PASSWORD_CONTAINS_USERNAME ->
          dialog == Dialog.PASSWORD ? "new-password" : "password";
      case SELF_LOCKOUT -> dialog == Dialog.EDIT ? "edit-roles" : null;
      case EDITED_CONCURRENTLY, ACCOUNT_NOT_FOUND -> null;
    };
  }

  private static void refuse(FacesContext faces, BusinessException e, Dialog dialog) {
    AccountRefusal refusal = AccountRefusal.of(e).orElse(null);
    if (refusal == null) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    } else {
      String field = fieldOf(refusal, dialog);
      String text = text(faces, "staff.error." + refusal.code());
      faces.addMessage(
          field == null ? null : "staff:" + field,
          new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
    faces.validationFailed();
  }

  private static void invalid(FacesContext faces) {
    faces.addMessage(
        null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(faces, "staff.invalid"), null));
    faces.validationFailed();
  }

  private static void info(FacesContext faces, String key, String username) {
    faces.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_INFO, text(faces, key).replace("{0}", username), null));
  }

  private static String text(FacesContext faces, String key) {
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    return bundle.getString(key);
  }

  private AccountFilter filter() {
    return new AccountFilter(text, unitFilter, roleFilter, enabledFilter);
  }

  /** The server-side pages of the list. */
  private final class AccountRows extends PagedRows<AccountSummary> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) accounts.count(filter());
    }

    @Override
    public List<AccountSummary> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return accounts.accounts(filter(), first, pageSize);
    }

    @Override
    public String getRowKey(AccountSummary row) {
      return String.valueOf(row.id());
    }
  }

  public LazyDataModel<AccountSummary> getRows() {
    return rows;
  }

  /** Every unit, loaded once per view. */
  public List<UnitOption> getUnits() {
    if (units == null) {
      units = organization.units().stream().map(u -> new UnitOption(u.id(), u.name())).toList();
    }
    return units;
  }

  public Role[] getRoleValues() {
    return Role.values();
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Long getUnitFilter() {
    return unitFilter;
  }

  public void setUnitFilter(Long unitFilter) {
    this.unitFilter = unitFilter;
  }

  public Role getRoleFilter() {
    return roleFilter;
  }

  public void setRoleFilter(Role roleFilter) {
    this.roleFilter = roleFilter;
  }

  public Boolean getEnabledFilter() {
    return enabledFilter;
  }

  public void setEnabledFilter(Boolean enabledFilter) {
    this.enabledFilter = enabledFilter;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public Long getUnitId() {
    return unitId;
  }

  public void setUnitId(Long unitId) {
    this.unitId = unitId;
  }

  public Role[] getRoles() {
    return roles;
  }

  public void setRoles(Role[] roles) {
    this.roles = roles;
  }

  public String getEditedUsername() {
    return editedUsername;
  }

  public boolean isSecondFactorToo() {
    return secondFactorToo;
  }

  public void setSecondFactorToo(boolean secondFactorToo) {
    this.secondFactorToo = secondFactorToo;
  }
}
