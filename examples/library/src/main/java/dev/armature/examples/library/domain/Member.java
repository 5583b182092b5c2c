package dev.armature.examples.library.domain;

import dev.armature.annotations.ApiResource;
import dev.armature.annotations.ReadOnly;
import dev.armature.annotations.Searchable;
import dev.armature.annotations.Surface;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A card holder. Personal data, so even reading needs the {@code LIBRARIAN} role ({@code readRoles}); the
 * provisioned admin account holds every role a resource names. New members are active: {@code active} is
 * in the {@code update} surface only.
 */
@Entity
@ApiResource(path = "members", readRoles = {"LIBRARIAN"}, writeRoles = {"ADMIN", "LIBRARIAN"})
@Surface(name = "create", fields = {"name", "email"})
@Surface(name = "update", fields = {"name", "email", "active"})
public class Member {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  private Long version;

  @Searchable
  @NotBlank
  @Size(max = 120)
  @Column(nullable = false, length = 120)
  private String name;

  @Searchable
  @NotBlank
  @Email
  @Column(nullable = false, unique = true, length = 254)
  private String email;

  @ReadOnly
  @Column(nullable = false, updatable = false)
  private LocalDate joinedOn;

  @Searchable
  @Column(nullable = false)
  private boolean active = true;

  protected Member() {}

  public Member(String name, String email) {
    this.name = name;
    this.email = email;
  }

  @PrePersist
  void onJoin() {
    if (joinedOn == null) {
      joinedOn = LocalDate.now();
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

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public LocalDate getJoinedOn() {
    return joinedOn;
  }

  public void setJoinedOn(LocalDate joinedOn) {
    this.joinedOn = joinedOn;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
