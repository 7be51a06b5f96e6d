package vn.motcua.dossier;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.motcua.catalog.ProcedureDetail;

/**
 * The documents a procedure version requires, against which reception checks what the applicant
 * provided. An item a national database holds need not be brought: reception records it as taken
 * from the database.
 */
public record Checklist(List<Item> items) {

  /** One required document. */
  public record Item(
      int position, String code, String name, String form, boolean fromDatabase, boolean reusable)
      implements Serializable {}

  public Checklist {
    items = List.copyOf(items);
  }

  /** The checklist of a procedure version, items numbered from 1 in the version's order. */
  public static Checklist of(ProcedureDetail procedure) {
    List<Item> items = new ArrayList<>();
    List<ProcedureDetail.Document> documents = procedure.documents();
    for (int i = 0; i < documents.size(); i++) {
      ProcedureDetail.Document d = documents.get(i);
      items.add(
          new Item(
              i + 1, d.code(), d.name(), d.form(), d.nationalDatabase() != null, d.reusable()));
    }
    return new Checklist(items);
  }

  public Item item(int position) {
    return items.stream()
        .filter(item -> item.position() == position)
        .findFirst()
        .orElseThrow(
            () ->
                DossierRefusal.invalid(
                    "unknown-requirement",
                    "The procedure's checklist has no document number " + position));
  }

  /**
   * Checks that what was provided answers the checklist completely, each item once, and returns the
   * documents to record, database-held items included.
   *
   * @throws DossierRefusal naming the first missing document
   */
  public List<Provided> complete(List<ProvidedDocument> provided) {
    List<Provided> documents = new ArrayList<>(partial(provided));
    Set<Integer> given = new HashSet<>();
    documents.forEach(document -> given.add(document.item().position()));
    for (Item item : items) {
      if (given.contains(item.position())) {
        continue;
      }
      if (!item.fromDatabase()) {
        throw DossierRefusal.invalid(
            "missing-document", "Document " + item.position() + " is missing: " + item.name());
      }
      documents.add(
          new Provided(item, ProvidedDocument.paper(item.position(), Provision.NATIONAL_DATABASE)));
    }
    return documents;
  }

  /** Checks what was provided without asking for completeness (a supplement, online intake). */
  public List<Provided> partial(List<ProvidedDocument> provided) {
    Set<Integer> seen = new HashSet<>();
    List<Provided> documents = new ArrayList<>();
    for (ProvidedDocument document : provided) {
      Item item = item(document.requirement());
      if (!seen.add(item.position())) {
        throw DossierRefusal.invalid(
            "duplicate-document", "Document " + item.position() + " is given twice");
      }
      if (document.provision() == Provision.DIGITISED && document.fileId() == null) {
        throw DossierRefusal.invalid(
            "missing-file", "Document " + item.position() + " is digitised but has no file");
      }
      if (document.provision() == Provision.REUSED && document.reusedFromId() == null) {
        throw DossierRefusal.invalid(
            "missing-origin",
            "Document " + item.position() + " is reused but names no earlier document");
      }
      if (document.provision() == Provision.REUSED && !item.reusable()) {
        throw DossierRefusal.invalid(
            "not-reusable",
            "Document " + item.position() + " cannot be taken from an earlier dossier");
      }
      documents.add(new Provided(item, document));
    }
    return documents;
  }

  /** A checklist item and how it was provided. */
  public record Provided(Item item, ProvidedDocument document) {}
}
