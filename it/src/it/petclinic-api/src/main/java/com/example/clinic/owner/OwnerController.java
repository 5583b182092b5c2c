package com.example.clinic.owner;

import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The project's own, ordinary {@code @Controller} (bean name {@code ownerController}), beside the API
 * Armature generates for {@link Owner}: the application must start, and its errors stay its own.
 */
@Controller
class OwnerController {
  private final OwnerRepository owners;

  OwnerController(OwnerRepository owners) {
    this.owners = owners;
  }

  @GetMapping("/owners/find")
  @ResponseBody
  String find(@RequestParam(name = "lastName", defaultValue = "") String lastName) {
    return owners.findByLastNameStartingWith(lastName).stream()
        .map(o -> o.getFirstName() + " " + o.getLastName()).collect(Collectors.joining("\n"));
  }

  /** Fails on purpose: the project's error handling (Spring Boot's), not Armature's, answers it. */
  @GetMapping("/owners/{id}/fail")
  @ResponseBody
  String fail(@PathVariable("id") int id) {
    throw new IllegalStateException("the project's own failure for owner " + id);
  }
}
