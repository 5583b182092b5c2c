package com.example.library.domain;

import dev.armature.annotations.ApiResource;
import dev.armature.annotations.Searchable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDateTime;

/**
 * A branch of the library, every default surface: an assigned id the client chooses ({@code BR-1234};
 * a POST without it is a 400 naming it), primitives whose initializers a POST that leaves them out keeps
 * (a PUT must give them), and a date-time.
 */
@Entity
@ApiResource
public class Branch {

  @Id
  @Pattern(regexp = "BR-[0-9]{4,12}")
  private String code;

  @Version
  private Long version;

  @Searchable
  @NotBlank
  private String name;

  private int desks = 12;

  private boolean lending = true;

  @Searchable
  private LocalDateTime openedAt;

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
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

  public int getDesks() {
    return desks;
  }

  public void setDesks(int desks) {
    this.desks = desks;
  }

  public boolean isLending() {
    return lending;
  }

  public void setLending(boolean lending) {
    this.lending = lending;
  }

  public LocalDateTime getOpenedAt() {
    return openedAt;
  }

  public void setOpenedAt(LocalDateTime openedAt) {
    this.openedAt = openedAt;
  }
}
