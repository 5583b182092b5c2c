package dev.armature.examples.library.domain;

import dev.armature.annotations.ApiResource;
import dev.armature.annotations.Operation;
import dev.armature.annotations.ReadOnly;
import dev.armature.annotations.Searchable;
import dev.armature.annotations.Surface;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * A book lent to a member. Loans are history: there is no PUT and no DELETE, only a PATCH (JSON Merge
 * Patch) to extend the due date or record the return, e.g. {@code {"returnedOn": "2026-03-01"}}.
 * {@code GET /api/loans?memberId=3} lists one member's loans (a relation filters by the related id).
 */
@Entity
@ApiResource(
    path = "loans",
    operations = {Operation.LIST, Operation.READ, Operation.CREATE, Operation.PATCH},
    readRoles = {"LIBRARIAN"},
    writeRoles = {"LIBRARIAN"})
@Surface(name = "create", fields = {"book", "member", "dueOn"})
@Surface(name = "update", fields = {"dueOn", "returnedOn"})
public class Loan {

  /** How long a loan runs when the request gives no {@code dueOn}. */
  public static final int DEFAULT_LOAN_DAYS = 21;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  private Long version;

  @Searchable
  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(nullable = false)
  private Book book;

  @Searchable
  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(nullable = false)
  private Member member;

  @ReadOnly
  @Column(nullable = false, updatable = false)
  private LocalDate loanedOn;

  private LocalDate dueOn;

  private LocalDate returnedOn;

  protected Loan() {}

  public Loan(Book book, Member member, LocalDate loanedOn, LocalDate dueOn) {
    this.book = book;
    this.member = member;
    this.loanedOn = loanedOn;
    this.dueOn = dueOn;
  }

  @PrePersist
  void onLend() {
    if (loanedOn == null) {
      loanedOn = LocalDate.now();
    }
    if (dueOn == null) {
      dueOn = loanedOn.plusDays(DEFAULT_LOAN_DAYS);
    }
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }

  public Book getBook() {
    return book;
  }

  public void setBook(Book book) {
    this.book = book;
  }

  public Member getMember() {
    return member;
  }

  public void setMember(Member member) {
    this.member = member;
  }

  public LocalDate getLoanedOn() {
    return loanedOn;
  }

  public void setLoanedOn(LocalDate loanedOn) {
    this.loanedOn = loanedOn;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public void setDueOn(LocalDate dueOn) {
    this.dueOn = dueOn;
  }

  public LocalDate getReturnedOn() {
    return returnedOn;
  }

  public void setReturnedOn(LocalDate returnedOn) {
    this.returnedOn = returnedOn;
  }
}
