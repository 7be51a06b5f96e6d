package vn.motcua.catalog.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.motcua.catalog.CatalogService;
import vn.motcua.catalog.ProcedureQuery;
import vn.motcua.catalog.ProcedureRepository;
import vn.motcua.catalog.ProcedureSummary;
import vn.motcua.shared.web.PagedRows;

/**
 * The administrator's list of procedures: the catalog's own search (words with or without
 * diacritics, field, level), paged on the server. Each row opens the editor.
 */
@Named
@ViewScoped
public class ProceduresBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CatalogService catalog;

  private String text;
  private String field;
  private String level;
  private List<ProcedureRepository.FieldCount> fields;
  private LazyDataModel<ProcedureSummary> rows;

  @PostConstruct
  void init() {
    fields = catalog.fields();
    rows = new ProcedureRows();
  }

  /** The server-side pages of the list. */
  private final class ProcedureRows extends PagedRows<ProcedureSummary> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) catalog.search(query(0, 1)).total();
    }

    @Override
    public List<ProcedureSummary> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return catalog.search(query(first / pageSize, pageSize)).items();
    }

    private ProcedureQuery query(int page, int size) {
      return new ProcedureQuery(text, emptyToNull(field), emptyToNull(level), null, page, size);
    }

    @Override
    public String getRowKey(ProcedureSummary row) {
      return row.code();
    }
  }

  private static String emptyToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  public LazyDataModel<ProcedureSummary> getRows() {
    return rows;
  }

  public List<ProcedureRepository.FieldCount> getFields() {
    return fields;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getField() {
    return field;
  }

  public void setField(String field) {
    this.field = field;
  }

  public String getLevel() {
    return level;
  }

  public void setLevel(String level) {
    this.level = level;
  }
}
