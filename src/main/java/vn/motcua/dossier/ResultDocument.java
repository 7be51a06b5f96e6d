package vn.motcua.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A result document of a finished dossier. */
@Entity
@Table(name = "dossier_result")
public class ResultDocument {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dossier_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "dossier_id")
  private Dossier dossier;

  private int position;
  private String name;
  private String number;

  @Column(name = "file_id")
  private Long fileId;

  protected ResultDocument() {}

  ResultDocument(Dossier dossier, int position, ResultDetails details) {
    this.dossier = dossier;
    this.position = position;
    this.name = details.name().strip();
    this.number = details.number();
    this.fileId = details.fileId();
  }

  public ResultDetails details() {
    return new ResultDetails(name, number, fileId);
  }
}
