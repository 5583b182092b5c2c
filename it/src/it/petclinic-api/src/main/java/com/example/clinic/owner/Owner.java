package com.example.clinic.owner;

import com.example.clinic.model.Person;
import dev.armature.annotations.ApiResource;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.List;

/** As in spring-petclinic: a unidirectional, EAGER, cascading collection of pets (pets.owner_id). */
@Entity
@Table(name = "owners")
@ApiResource
public class Owner extends Person {
  @Column(name = "address")
  @NotBlank
  private String address;

  @Column(name = "city")
  @NotBlank
  private String city;

  @Column(name = "telephone")
  @NotBlank
  @Pattern(regexp = "\\d{10}", message = "Telephone must be a 10-digit number")
  private String telephone;

  @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
  @JoinColumn(name = "owner_id")
  @OrderBy("name")
  private final List<Pet> pets = new ArrayList<>();

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getTelephone() {
    return telephone;
  }

  public void setTelephone(String telephone) {
    this.telephone = telephone;
  }

  public List<Pet> getPets() {
    return pets;
  }
}
