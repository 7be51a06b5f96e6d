package vn.motcua.shared.web;

import org.primefaces.model.LazyDataModel;

/**
 * A table's rows read a page at a time from a service. PrimeFaces finds a selected or acted-on row
 * again by its key among the rows of the page shown: that look-up is the same for every table, so
 * it is written once here; each table says only what its rows' key is.
 */
public abstract class PagedRows<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  @Override
  public abstract String getRowKey(T row);

  @Override
  public T getRowData(String rowKey) {
    return getWrappedData().stream()
        .filter(row -> getRowKey(row).equals(rowKey))
        .findFirst()
        .orElse(null);
  }
}
