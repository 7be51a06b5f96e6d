package vn.motcua.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A result document of a finished dossier. */
@Entity
@Table(name = "dossier_result")
public class ResultDocument extends DossierPart {

  private int position;
  private String name;
  private String number;

  @Column(name = "file_id")
  private Long fileId;

  protected ResultDocument() {}

  ResultDocument(Dossier dossier, int position, ResultDetails details) {
    super(dossier);
    this.position = position;
    this.name = details.name().strip();
    this.number = details.number();
    this.fileId = details.fileId();
  }

  public ResultDetails details() {
    return new ResultDetails(name, number, fileId);
  }
}
